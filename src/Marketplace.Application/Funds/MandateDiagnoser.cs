using Marketplace.Application.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>
/// Counts the published projects against a fund's mandate with the rules the matching engine applies
/// (<see cref="MandateFit"/>), so the diagnosis and the recommendations never disagree on what fits.
/// Read only when a fund's list is empty.
/// </summary>
public static class MandateDiagnoser
{
    /// <summary>The mandate rules a diagnosis counts, in the fit page's order; the project and open-to-new-deals rules are said apart.</summary>
    private static readonly IReadOnlyList<string> Counted = [FitRules.Stage, FitRules.Ticket, FitRules.Sector, FitRules.Cluster, FitRules.GuidanceRegion];

    public static async Task<MandateDiagnosis?> DiagnoseAsync(IAppDbContext db, Guid fundId, CancellationToken ct)
    {
        var fund = await db.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fundId, ct);
        if (fund is null)
            return null;
        var mandate = MandateSnapshot.Of(fund);
        var deals = await (
            from p in db.Projects.AsNoTracking()
            where p.State == ModerationState.Published
            join s in db.Startups.AsNoTracking() on p.StartupId equals s.Id
            join c in db.Clusters.AsNoTracking() on s.ClusterId equals c.Id
            select new { p.Stage, p.SeekingAmount, p.SeekingCurrency, s.Sectors, ClusterKey = c.Key, s.RelocationClusterKeys }).ToListAsync(ct);
        var rates = await CurrencyTable.LoadAsync(db, ct);

        var passing = Counted.ToDictionary(r => r, _ => 0);
        var restricting = new HashSet<string>(StringComparer.Ordinal);
        var fitAll = 0;
        foreach (var d in deals)
        {
            var result = MandateFit.Evaluate(mandate,
                new DealSnapshot(d.Stage, d.SeekingAmount, d.SeekingCurrency, d.Sectors, d.ClusterKey, d.RelocationClusterKeys, ModerationState.Published), rates);
            foreach (var outcome in result.Outcomes.Where(o => passing.ContainsKey(o.Rule)))
            {
                if (outcome.Passed)
                    passing[outcome.Rule]++;
                if (outcome.Restricts || !outcome.Passed)
                    restricting.Add(outcome.Rule);
            }
            if (result.Fits)
                fitAll++;
        }
        // A rule the mandate leaves open ("any stage") says nothing: only the ones it sets are listed.
        var rules = Counted.Where(r => restricting.Contains(r) || RuleIsSet(mandate, r)).Select(r => new RuleCount(r, passing[r])).ToList();
        return new MandateDiagnosis(fund.Id, deals.Count, mandate.OpenToNewDeals, rules, fitAll);
    }

    private static bool RuleIsSet(MandateSnapshot m, string rule) => rule switch
    {
        FitRules.Stage => m.Stages.Count > 0,
        FitRules.Ticket => m.TicketMin is not null || m.TicketMax is not null,
        FitRules.Sector => m.Sectors.Count > 0,
        FitRules.Cluster => m.TargetClusterKeys.Count > 0,
        FitRules.GuidanceRegion => GuidanceRuleCodes.IsRegional(m.GuidanceRule),
        _ => false,
    };
}
