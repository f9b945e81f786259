using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Marketplace.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions;

/// <summary>What the position form offers: every cluster, the active research areas, the currencies with a reference rate.</summary>
public sealed record PositionChoices(IReadOnlyList<ClusterChoice> Clusters, IReadOnlyList<NamedCode> ResearchAreas, IReadOnlyList<string> Currencies)
{
    internal static async Task<PositionChoices> LoadAsync(IAppDbContext db, CancellationToken ct)
    {
        var clusters = await db.Clusters.AsNoTracking().Select(c => new ClusterChoice(c.Key, c.Name)).ToListAsync(ct);
        var areas = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Kind == TaxonomyKind.ResearchArea && t.IsActive)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Code)
            .Select(t => new NamedCode(t.Code, t.Name)).ToListAsync(ct);
        var currencies = await db.CurrencyRates.AsNoTracking().Select(r => r.Currency).OrderBy(c => c).ToListAsync(ct);
        return new PositionChoices(clusters.OrderBy(c => c.Name.ForCurrentCulture(), StringComparer.CurrentCulture).ToList(), areas, currencies);
    }
}
