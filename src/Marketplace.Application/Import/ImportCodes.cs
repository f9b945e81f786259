using Marketplace.Application.Common;
using Marketplace.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

/// <summary>
/// Codes the database defines (active sectors and research areas, currencies with a reference rate), read once per
/// import rather than once per record: a file of 10,000 projects asks 10,000 times.
/// </summary>
public sealed class ImportCodes(IAppDbContext db)
{
    private HashSet<string>? sectors;
    private HashSet<string>? researchAreas;
    private HashSet<string>? currencies;

    /// <summary>The sector codes, in the taxonomy's order (after the first check has read them).</summary>
    public IReadOnlyList<string> Sectors { get; private set; } = [];

    /// <summary>The research-area codes, in the taxonomy's order (after the first check has read them).</summary>
    public IReadOnlyList<string> ResearchAreas { get; private set; } = [];

    public IReadOnlyList<string> Currencies { get; private set; } = [];

    public async Task<bool> IsSectorAsync(string? code, CancellationToken ct)
    {
        if (sectors is null)
        {
            Sectors = await db.TaxonomyTerms.AsNoTracking()
                .Where(t => t.Kind == TaxonomyKind.Sector && t.IsActive)
                .OrderBy(t => t.SortOrder).Select(t => t.Code).ToListAsync(ct);
            sectors = new HashSet<string>(Sectors, StringComparer.Ordinal);
        }
        return code is not null && sectors.Contains(code);
    }

    public async Task<bool> IsResearchAreaAsync(string? code, CancellationToken ct)
    {
        if (researchAreas is null)
        {
            ResearchAreas = await db.TaxonomyTerms.AsNoTracking()
                .Where(t => t.Kind == TaxonomyKind.ResearchArea && t.IsActive)
                .OrderBy(t => t.SortOrder).Select(t => t.Code).ToListAsync(ct);
            researchAreas = new HashSet<string>(ResearchAreas, StringComparer.Ordinal);
        }
        return code is not null && researchAreas.Contains(code);
    }

    public async Task<bool> HasReferenceRateAsync(string? currency, CancellationToken ct)
    {
        if (currencies is null)
        {
            Currencies = await db.CurrencyRates.AsNoTracking().OrderBy(r => r.Currency).Select(r => r.Currency).ToListAsync(ct);
            currencies = new HashSet<string>(Currencies, StringComparer.Ordinal);
        }
        return currency is not null && currencies.Contains(currency);
    }
}
