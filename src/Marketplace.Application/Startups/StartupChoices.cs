using Marketplace.Application.Common;
using Marketplace.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

/// <summary>What the startup form offers: every cluster (home and relocation) and the active sectors.</summary>
public sealed record StartupChoices(IReadOnlyList<ClusterChoice> Clusters, IReadOnlyList<SectorChoice> Sectors)
{
    internal static async Task<StartupChoices> LoadAsync(IAppDbContext db, CancellationToken ct)
    {
        var clusters = await db.Clusters.AsNoTracking().OrderBy(c => c.Key).Select(c => new ClusterChoice(c.Key, c.Name)).ToListAsync(ct);
        var sectors = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Kind == TaxonomyKind.Sector && t.IsActive)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Code)
            .Select(t => new SectorChoice(t.Code, t.Group, t.Name)).ToListAsync(ct);
        return new StartupChoices(clusters.OrderBy(c => c.Name.ForCurrentCulture(), StringComparer.CurrentCulture).ToList(), sectors);
    }
}
