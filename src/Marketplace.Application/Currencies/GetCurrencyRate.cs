using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Currencies;

public static class GetCurrencyRate
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Query(string Currency) : IQuery<CurrencyRateRow>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, CurrencyRateRow>
    {
        public async ValueTask<CurrencyRateRow> Handle(Query query, CancellationToken ct) =>
            await db.CurrencyRates.AsNoTracking()
                .Where(r => r.Currency == query.Currency)
                .Select(r => new CurrencyRateRow(r.Currency, r.UnitsPerReference, r.Version, r.UpdatedAt))
                .FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Currency");
    }
}
