using Marketplace.Application.Common;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Domain.Common;
using Marketplace.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>The names of the codes a fit reason may mention (clusters and sectors live in the database; stages in the resources).</summary>
public sealed record FitVocabulary(IReadOnlyDictionary<string, LocalizedText> Clusters, IReadOnlyDictionary<string, LocalizedText> Sectors)
{
    public static readonly FitVocabulary Empty = new(new Dictionary<string, LocalizedText>(), new Dictionary<string, LocalizedText>());

    public static async Task<FitVocabulary> LoadAsync(IAppDbContext db, CancellationToken ct) => new(
        await db.Clusters.AsNoTracking().ToDictionaryAsync(c => c.Key, c => c.Name, ct),
        await db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == TaxonomyKind.Sector).ToDictionaryAsync(t => t.Code, t => t.Name, ct));

    public string Name(FitCodeKind kind, string code) => kind switch
    {
        FitCodeKind.Stage => Text.Find("Stage." + code) ?? code,
        FitCodeKind.Sector => Sectors.TryGetValue(code, out var sector) ? sector.ForCurrentCulture() : code,
        FitCodeKind.Cluster => Clusters.TryGetValue(code, out var cluster) ? cluster.ForCurrentCulture() : code,
        _ => code,
    };
}
