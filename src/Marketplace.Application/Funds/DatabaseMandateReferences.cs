using FluentValidation;
using Marketplace.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>The mandate's checks against the database, for the form.</summary>
internal sealed class DatabaseMandateReferences(IAppDbContext db) : IMandateReferences
{
    public async Task<IReadOnlyList<string>> UnknownSectorsAsync(IReadOnlyList<string> codes, CancellationToken ct)
    {
        var known = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Kind == Domain.Taxonomy.TaxonomyKind.Sector && t.IsActive && codes.Contains(t.Code)).Select(t => t.Code).ToListAsync(ct);
        return codes.Except(known).ToList();
    }

    public Task<bool> IsRatedCurrencyAsync(string currency, CancellationToken ct) => Projects.ProjectRules.IsKnownCurrencyAsync(db, currency, ct);

    public async Task<bool> AreClustersAsync(IReadOnlyList<string> keys, CancellationToken ct) =>
        await db.Clusters.CountAsync(c => keys.Contains(c.Key), ct) == keys.Count;
}
