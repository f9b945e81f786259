using Marketplace.Application.Common;
using Marketplace.Application.Funds;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Domain.Common;
using Marketplace.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Matching.Explanation;

/// <summary>The names a recommendation's explanation may mention: the fit vocabulary (clusters, sectors, stages) and research areas.</summary>
public sealed record RecommendationVocabulary(FitVocabulary Fit, IReadOnlyDictionary<string, LocalizedText> ResearchAreas)
{
    public static async Task<RecommendationVocabulary> LoadAsync(IAppDbContext db, CancellationToken ct) => new(
        await FitVocabulary.LoadAsync(db, ct),
        await db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == TaxonomyKind.ResearchArea).ToDictionaryAsync(t => t.Code, t => t.Name, ct));

    public string Name(TalentCodesArg codes, string code) => codes.Kind switch
    {
        TalentCodesArg.ResearchArea => ResearchAreas.TryGetValue(code, out var area) ? area.ForCurrentCulture() : code,
        TalentCodesArg.PositionType => Text.Find("PositionType." + code) ?? code,
        TalentCodesArg.Degree => Text.Find("Degree." + code) ?? code,
        _ => code,
    };
}
