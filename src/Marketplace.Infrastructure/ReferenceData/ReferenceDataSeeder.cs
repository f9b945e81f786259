using System.Text.Json;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;
using Marketplace.Domain.Currencies;
using Marketplace.Domain.Taxonomy;
using Marketplace.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.ReferenceData;

/// <summary>
/// Roles, the reference clusters and the taxonomies ship with the product (ReferenceData/reference.json).
/// Missing entries are added on start-up; existing ones are left alone, so an administrator's
/// edits are never overwritten.
/// </summary>
public sealed class ReferenceDataSeeder(AppDbContext db, RoleManager<IdentityRole<Guid>> roles)
{
    public static ReferenceFile Load()
    {
        using var stream = typeof(ReferenceDataSeeder).Assembly.GetManifestResourceStream("Marketplace.ReferenceData.reference.json")
            ?? throw new InvalidOperationException("reference.json is not embedded.");
        return JsonSerializer.Deserialize<ReferenceFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("reference.json is empty.");
    }

    public async Task SeedAsync(CancellationToken ct = default)
    {
        foreach (var role in Codes.Roles)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() });

        var file = Load();
        var clusterKeys = await db.Clusters.Select(c => c.Key).ToListAsync(ct);
        foreach (var c in file.Clusters.Where(c => !clusterKeys.Contains(c.Key)))
        {
            if (!DevelopmentModes.TryParse(c.Mode, out var mode))
                throw new InvalidOperationException($"reference.json: cluster {c.Key} has unknown mode {c.Mode}.");
            db.Clusters.Add(new Cluster(c.Key, c.Name.ToText(), c.Country, c.Region, mode, c.Description.ToText()));
        }

        var terms = await db.TaxonomyTerms.Select(t => new { t.Kind, t.Code }).ToListAsync(ct);
        var order = 0;
        foreach (var s in file.Sectors)
        {
            order++;
            if (!terms.Any(t => t.Kind == TaxonomyKind.Sector && t.Code == s.Code))
                db.TaxonomyTerms.Add(new TaxonomyTerm(TaxonomyKind.Sector, s.Code, s.Group, s.Name.ToText(), order));
        }
        order = 0;
        foreach (var a in file.ResearchAreas)
        {
            order++;
            if (!terms.Any(t => t.Kind == TaxonomyKind.ResearchArea && t.Code == a.Code))
                db.TaxonomyTerms.Add(new TaxonomyTerm(TaxonomyKind.ResearchArea, a.Code, null, a.Name.ToText(), order));
        }
        // Starting rates so amounts compare across currencies from day one; administrators keep them current.
        var currencies = await db.CurrencyRates.Select(r => r.Currency).ToListAsync(ct);
        foreach (var rate in file.CurrencyRates.Where(r => !currencies.Contains(r.Currency)))
            db.CurrencyRates.Add(new CurrencyRate(rate.Currency, rate.UnitsPerReference));
        await db.SaveChangesAsync(ct);
    }
}
