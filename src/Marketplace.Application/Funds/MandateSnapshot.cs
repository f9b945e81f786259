using Marketplace.Domain.Funds;

namespace Marketplace.Application.Funds;

/// <summary>What a fund's mandate says, as <see cref="MandateFit"/> reads it. Empty lists and missing values mean "any".</summary>
public sealed record MandateSnapshot(
    IReadOnlyCollection<string> Stages,
    IReadOnlyCollection<string> Sectors,
    long? TicketMin,
    long? TicketMax,
    string? TicketCurrency,
    IReadOnlyCollection<string> TargetClusterKeys,
    bool OpenToOtherClusters,
    bool OpenToNewDeals,
    string? GuidanceRule,
    IReadOnlyCollection<string> GuidanceRegions,
    decimal? ReinvestmentRatio,
    bool AcceptsRelocation)
{
    /// <summary>
    /// The fund's mandate. A region rule counts for guidance funds only (a fund whose type changed
    /// keeps no stale rule), and ticket bounds without a currency are no range at all: there is
    /// nothing to compare them in.
    /// </summary>
    public static MandateSnapshot Of(Fund fund)
    {
        var rule = fund.Type == GuidanceRuleCodes.GuidanceFundType ? fund.GuidanceRule : null;
        var hasCurrency = !string.IsNullOrEmpty(fund.TicketCurrency);
        return new MandateSnapshot(
            [.. fund.MandateStages], [.. fund.MandateSectors],
            hasCurrency ? fund.TicketMin : null, hasCurrency ? fund.TicketMax : null, fund.TicketCurrency,
            [.. fund.TargetClusterKeys], fund.OpenToOtherClusters, fund.OpenToNewDeals,
            rule, [.. fund.GuidanceRegions], fund.ReinvestmentRatio, fund.AcceptsRelocation);
    }
}
