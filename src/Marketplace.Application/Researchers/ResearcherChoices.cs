using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Marketplace.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Researchers;

/// <summary>What the profile form offers: research areas, clusters and the currencies the administrators rate.</summary>
public sealed record ResearcherChoices(
    IReadOnlyList<NamedCode> ResearchAreas, IReadOnlyList<ClusterChoice> Clusters, IReadOnlyList<string> Currencies)
{
    internal static async Task<ResearcherChoices> LoadAsync(IAppDbContext db, CancellationToken ct)
    {
        var areas = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Kind == TaxonomyKind.ResearchArea && t.IsActive)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Code)
            .Select(t => new NamedCode(t.Code, t.Name)).ToListAsync(ct);
        var clusters = await db.Clusters.AsNoTracking().Select(c => new ClusterChoice(c.Key, c.Name)).ToListAsync(ct);
        var currencies = await db.CurrencyRates.AsNoTracking().Select(r => r.Currency).OrderBy(c => c).ToListAsync(ct);
        return new ResearcherChoices(areas, clusters.OrderBy(c => c.Name.ForCurrentCulture(), StringComparer.CurrentCulture).ToList(), currencies);
    }
}
