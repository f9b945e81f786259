using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>
/// A fund's mandate as people read it: names rather than codes (stages stay codes, named by the
/// web resources). Empty lists mean "any"; the region rule is shown for guidance funds only.
/// </summary>
public sealed record MandateView(
    Guid FundId, LocalizedText FundName, string FundType,
    IReadOnlyList<string> Stages, IReadOnlyList<SectorChoice> Sectors,
    long? TicketMin, long? TicketMax, string? TicketCurrency,
    IReadOnlyList<ClusterChoice> TargetClusters, bool OpenToOtherClusters, bool OpenToNewDeals, int? WeeklyCapacity,
    string? GuidanceRule, IReadOnlyList<ClusterChoice> GuidanceRegions, decimal? ReinvestmentRatio, bool AcceptsRelocation)
{
    public bool IsGuidanceFund => FundType == GuidanceRuleCodes.GuidanceFundType;

    public bool HasTicketRange => TicketCurrency is not null && (TicketMin is not null || TicketMax is not null);

    public bool HasRegionRule => IsGuidanceFund && GuidanceRuleCodes.IsRegional(GuidanceRule);

    internal static async Task<MandateView> LoadAsync(IAppDbContext db, Guid fundId, CancellationToken ct) =>
        await OfAsync(db, await db.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fundId, ct) ?? throw new NotFoundException("Fund"), ct);

    internal static async Task<MandateView> OfAsync(IAppDbContext db, Fund fund, CancellationToken ct)
    {
        var clusterKeys = fund.TargetClusterKeys.Concat(fund.GuidanceRegions).Distinct().ToList();
        var clusters = await db.Clusters.AsNoTracking().Where(c => clusterKeys.Contains(c.Key))
            .ToDictionaryAsync(c => c.Key, c => c.Name, ct);
        var sectors = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Kind == TaxonomyKind.Sector && fund.MandateSectors.Contains(t.Code))
            .OrderBy(t => t.SortOrder).Select(t => new SectorChoice(t.Code, t.Group, t.Name)).ToListAsync(ct);
        List<ClusterChoice> Named(IEnumerable<string> keys) =>
            keys.Select(k => new ClusterChoice(k, clusters.GetValueOrDefault(k) ?? new LocalizedText(k, k))).ToList();
        var snapshot = MandateSnapshot.Of(fund);
        return new MandateView(
            fund.Id, fund.Name, fund.Type,
            [.. Codes.Stages.Where(fund.MandateStages.Contains)], sectors,
            snapshot.TicketMin, snapshot.TicketMax, snapshot.TicketMin is null && snapshot.TicketMax is null ? null : snapshot.TicketCurrency,
            Named(fund.TargetClusterKeys), fund.OpenToOtherClusters, fund.OpenToNewDeals, fund.WeeklyCapacity,
            snapshot.GuidanceRule, Named(fund.GuidanceRegions), fund.ReinvestmentRatio, fund.AcceptsRelocation);
    }
}
