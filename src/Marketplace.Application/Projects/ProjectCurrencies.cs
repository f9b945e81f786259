using Marketplace.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

internal static class ProjectCurrencies
{
    public static async Task<IReadOnlyList<string>> ListAsync(IAppDbContext db, CancellationToken ct) =>
        await db.CurrencyRates.AsNoTracking().Select(r => r.Currency).OrderBy(c => c).ToListAsync(ct);
}
