using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Currencies;

/// <summary>The reference-rate table as administrators maintain it.</summary>
public static class ListCurrencyRates
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Query : IQuery<IReadOnlyList<CurrencyRateRow>>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, IReadOnlyList<CurrencyRateRow>>
    {
        public async ValueTask<IReadOnlyList<CurrencyRateRow>> Handle(Query query, CancellationToken ct)
        {
            var rows = await db.CurrencyRates.AsNoTracking()
                .Select(r => new CurrencyRateRow(r.Currency, r.UnitsPerReference, r.Version, r.UpdatedAt))
                .ToListAsync(ct);
            return rows.OrderBy(r => r.IsReference ? 0 : 1).ThenBy(r => r.Currency, StringComparer.Ordinal).ToList();
        }
    }
}
