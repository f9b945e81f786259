using Marketplace.Application.Common;
using Marketplace.Application.Projects;
using Marketplace.Application.Startups;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>What the fund form offers: every cluster and the currencies with a reference rate.</summary>
public sealed record FundFormChoices(IReadOnlyList<ClusterChoice> Clusters, IReadOnlyList<string> Currencies)
{
    internal static async Task<FundFormChoices> LoadAsync(IAppDbContext db, CancellationToken ct)
    {
        var clusters = await db.Clusters.AsNoTracking().Select(c => new ClusterChoice(c.Key, c.Name)).ToListAsync(ct);
        return new FundFormChoices(clusters.OrderBy(c => c.Name.ForCurrentCulture(), StringComparer.CurrentCulture).ToList(),
            await ProjectCurrencies.ListAsync(db, ct));
    }
}
