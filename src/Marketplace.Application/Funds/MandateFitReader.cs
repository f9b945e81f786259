using Marketplace.Application.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>Reads what <see cref="MandateFit"/> needs about a project and its startup, and evaluates it: one place for the fit page and applications.</summary>
public static class MandateFitReader
{
    public static async Task<FitResult> EvaluateAsync(IAppDbContext db, Fund fund, Project project, CancellationToken ct)
    {
        var startup = await (
            from s in db.Startups.AsNoTracking()
            where s.Id == project.StartupId
            join c in db.Clusters.AsNoTracking() on s.ClusterId equals c.Id
            select new { s.Sectors, ClusterKey = c.Key, s.RelocationClusterKeys }).FirstAsync(ct);
        var deal = new DealSnapshot(project.Stage, project.SeekingAmount, project.SeekingCurrency, startup.Sectors, startup.ClusterKey,
            startup.RelocationClusterKeys, project.State);
        return MandateFit.Evaluate(MandateSnapshot.Of(fund), deal, await CurrencyTable.LoadAsync(db, ct));
    }
}
