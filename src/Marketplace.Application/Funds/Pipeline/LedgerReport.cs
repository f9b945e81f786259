using Marketplace.Application.Common;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>
/// A fund's reinvestment ledger and, for a guidance fund with the reinvestment rule and a size, its
/// progress: (in region + by relocation) ÷ (ratio × fund size), every amount converted into the fund
/// size's currency with the reference rates.
/// </summary>
public sealed record LedgerReport(
    Guid FundId, LocalizedText FundName, string? GuidanceRule, IReadOnlyList<string> Regions, bool AcceptsRelocation,
    decimal? Ratio, Money? FundSize, string ReportCurrency,
    decimal InRegion, decimal ByRelocation, decimal Outside, IReadOnlyList<UnconvertedTotal> Unconverted,
    decimal? Required, PagedList<LedgerLine> Entries)
{
    public decimal Counted => InRegion + ByRelocation;

    /// <summary>Share of the required amount invested in the region so far (may pass 100).</summary>
    public decimal? Percent => Required is > 0 ? Counted / Required.Value * 100m : null;

    public bool TracksReinvestment => Required is not null;
}
