using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Common;

/// <summary>The administrators' reference rates, to compare amounts in one currency (filters, ranking).</summary>
public sealed class CurrencyTable(IReadOnlyDictionary<string, decimal> unitsPerReference)
{
    public static async Task<CurrencyTable> LoadAsync(IAppDbContext db, CancellationToken ct) =>
        new(await db.CurrencyRates.AsNoTracking().ToDictionaryAsync(r => r.Currency, r => r.UnitsPerReference, ct));

    public IReadOnlyCollection<string> Currencies => (IReadOnlyCollection<string>)unitsPerReference.Keys;

    public bool Knows(string currency) => unitsPerReference.ContainsKey(currency);

    /// <summary>Units of the currency per unit of the reference currency, or null when it has no rate.</summary>
    public decimal? UnitsPerReference(string currency) => unitsPerReference.TryGetValue(currency, out var rate) ? rate : null;

    /// <summary>The amount expressed in another currency, or null when either rate is unknown.</summary>
    public decimal? Convert(decimal amount, string from, string to) =>
        unitsPerReference.TryGetValue(from, out var f) && unitsPerReference.TryGetValue(to, out var t) && f > 0
            ? amount / f * t
            : null;
}
