using Marketplace.Application.Common;
using Marketplace.Domain.Funds;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>
/// The reinvestment ledger (issue 4, item 3). Every investment a fund books is written down with where
/// the company stood against the fund's region at that moment; the record is not recomputed when the
/// company or the mandate changes later, as a ledger should not be. Moving a deal out of Invested
/// appends a reversal (see <see cref="LedgerEntry"/>): the ledger is derived data, but an entry
/// that silently disappears would make last month's report impossible to explain.
/// </summary>
public static class ReinvestmentLedger
{
    /// <summary>
    /// In the region when the company's cluster is one of the region's; else by relocation when the fund
    /// counts relocation commitments and the company committed to move to one of the region's clusters.
    /// </summary>
    public static RegionStanding Classify(
        string startupClusterKey, IEnumerable<string> relocationClusterKeys, IReadOnlyCollection<string> regionClusterKeys, bool acceptsRelocation)
    {
        if (regionClusterKeys.Contains(startupClusterKey, StringComparer.Ordinal))
            return RegionStanding.InRegion;
        if (acceptsRelocation && relocationClusterKeys.Any(k => regionClusterKeys.Contains(k, StringComparer.Ordinal)))
            return RegionStanding.ByRelocation;
        return RegionStanding.Outside;
    }

    internal static async Task RecordAsync(IAppDbContext db, Deal deal, long amount, string currency, DateTime now, CancellationToken ct)
    {
        var fund = await db.Funds.AsNoTracking().Where(f => f.Id == deal.FundId)
            .Select(f => new { f.GuidanceRegions, f.AcceptsRelocation }).FirstAsync(ct);
        var company = await (
            from p in db.Projects.AsNoTracking()
            where p.Id == deal.ProjectId
            join s in db.Startups.AsNoTracking() on p.StartupId equals s.Id
            join c in db.Clusters.AsNoTracking() on s.ClusterId equals c.Id
            select new { ClusterKey = c.Key, s.RelocationClusterKeys }).FirstAsync(ct);
        var standing = Classify(company.ClusterKey, company.RelocationClusterKeys, fund.GuidanceRegions, fund.AcceptsRelocation);
        db.LedgerEntries.Add(new LedgerEntry
        {
            FundId = deal.FundId,
            DealId = deal.Id,
            ProjectId = deal.ProjectId,
            Amount = amount,
            Currency = currency,
            InRegion = standing == RegionStanding.InRegion,
            ByRelocation = standing == RegionStanding.ByRelocation,
            RecordedAt = now,
        });
    }

    /// <summary>Cancels what the deal has booked so far, one negated entry per currency and standing, so its net becomes zero.</summary>
    internal static async Task ReverseAsync(IAppDbContext db, Deal deal, DateTime now, CancellationToken ct)
    {
        var open = await db.LedgerEntries.AsNoTracking().Where(e => e.DealId == deal.Id)
            .GroupBy(e => new { e.Currency, e.InRegion, e.ByRelocation })
            .Select(g => new { g.Key.Currency, g.Key.InRegion, g.Key.ByRelocation, Net = g.Sum(e => e.Amount) })
            .ToListAsync(ct);
        foreach (var group in open.Where(g => g.Net != 0))
            db.LedgerEntries.Add(new LedgerEntry
            {
                FundId = deal.FundId,
                DealId = deal.Id,
                ProjectId = deal.ProjectId,
                Amount = -group.Net,
                Currency = group.Currency,
                InRegion = group.InRegion,
                ByRelocation = group.ByRelocation,
                RecordedAt = now,
            });
    }
}
