using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Currencies;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

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
