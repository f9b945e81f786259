using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>What the mandate form offers: clusters (targets and regions), active sectors, and the currencies with a reference rate.</summary>
public sealed record MandateChoices(IReadOnlyList<ClusterChoice> Clusters, IReadOnlyList<SectorChoice> Sectors, IReadOnlyList<string> Currencies)
{
    internal static async Task<MandateChoices> LoadAsync(IAppDbContext db, CancellationToken ct)
    {
        var startupChoices = await StartupChoices.LoadAsync(db, ct);
        var currencies = await db.CurrencyRates.AsNoTracking().OrderBy(r => r.Currency).Select(r => r.Currency).ToListAsync(ct);
        return new MandateChoices(startupChoices.Clusters, startupChoices.Sectors, currencies);
    }
}
