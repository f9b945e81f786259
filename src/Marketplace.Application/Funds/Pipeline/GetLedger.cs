using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Currencies;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>One ledger entry; a negative amount is the reversal of an investment moved back out of Invested.</summary>
public sealed record LedgerLine(DateTime RecordedAt, Guid DealId, Guid ProjectId, LocalizedText Title, Money Amount, RegionStanding Standing)
{
    public bool IsReversal => Amount.Amount < 0;
}

/// <summary>Booked amounts in a currency without a reference rate: shown apart, as they cannot be added up.</summary>
public sealed record UnconvertedTotal(string Currency, RegionStanding Standing, long Amount);

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

public static class GetLedger
{
    public sealed record Query(Guid FundId, int? Page = null) : IQuery<LedgerReport>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage(_ => Text.Get("Validation.PageNumber"));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, LedgerReport>
    {
        public async ValueTask<LedgerReport> Handle(Query query, CancellationToken ct)
        {
            await PipelineAccess.RequireMemberAsync(db, user, query.FundId, ct);
            var fund = await db.Funds.AsNoTracking().Where(f => f.Id == query.FundId)
                .Select(f => new { f.Name, f.GuidanceRule, f.GuidanceRegions, f.AcceptsRelocation, f.ReinvestmentRatio, f.SizeAmount, f.SizeCurrency })
                .FirstAsync(ct);
            var reportCurrency = fund.SizeCurrency ?? CurrencyRate.Reference;
            var rates = await CurrencyTable.LoadAsync(db, ct);

            var sums = await db.LedgerEntries.AsNoTracking().Where(e => e.FundId == query.FundId)
                .GroupBy(e => new { e.Currency, e.InRegion, e.ByRelocation })
                .Select(g => new { g.Key.Currency, g.Key.InRegion, g.Key.ByRelocation, Amount = g.Sum(e => e.Amount) })
                .ToListAsync(ct);
            decimal inRegion = 0, byRelocation = 0, outside = 0;
            var unconverted = new List<UnconvertedTotal>();
            foreach (var sum in sums.Where(s => s.Amount != 0))
            {
                var standing = Standing(sum.InRegion, sum.ByRelocation);
                var converted = sum.Currency == reportCurrency ? sum.Amount : rates.Convert(sum.Amount, sum.Currency, reportCurrency);
                if (converted is not { } value)
                {
                    unconverted.Add(new UnconvertedTotal(sum.Currency, standing, sum.Amount));
                    continue;
                }
                switch (standing)
                {
                    case RegionStanding.InRegion: inRegion += value; break;
                    case RegionStanding.ByRelocation: byRelocation += value; break;
                    default: outside += value; break;
                }
            }

            decimal? required = fund.GuidanceRule == GuidanceRuleCodes.Reinvestment && fund.ReinvestmentRatio is { } ratio && fund.SizeAmount is { } size
                ? ratio * size
                : null;

            var entries = await (
                from e in db.LedgerEntries.AsNoTracking()
                where e.FundId == query.FundId
                join p in db.Projects.AsNoTracking() on e.ProjectId equals p.Id
                orderby e.RecordedAt descending, e.Amount
                select new { e.RecordedAt, e.DealId, e.ProjectId, p.Title, e.Amount, e.Currency, e.InRegion, e.ByRelocation })
                .ToPagedListAsync(query.Page, Paging.DefaultPageSize, ct);
            var lines = entries.Items.Select(e => new LedgerLine(e.RecordedAt, e.DealId, e.ProjectId, e.Title, new Money(e.Amount, e.Currency),
                Standing(e.InRegion, e.ByRelocation))).ToList();

            return new LedgerReport(query.FundId, fund.Name, fund.GuidanceRule, fund.GuidanceRegions, fund.AcceptsRelocation,
                fund.ReinvestmentRatio, fund.SizeAmount is { } s && fund.SizeCurrency is not null ? new Money(s, fund.SizeCurrency) : null,
                reportCurrency, inRegion, byRelocation, outside,
                unconverted.OrderBy(u => u.Currency, StringComparer.Ordinal).ThenBy(u => u.Standing).ToList(),
                required, new PagedList<LedgerLine>(lines, entries.Page, entries.PageSize, entries.Total));
        }

        private static RegionStanding Standing(bool inRegion, bool byRelocation) =>
            inRegion ? RegionStanding.InRegion : byRelocation ? RegionStanding.ByRelocation : RegionStanding.Outside;
    }
}
