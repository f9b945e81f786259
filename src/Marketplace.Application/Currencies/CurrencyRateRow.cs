using Marketplace.Domain.Currencies;

namespace Marketplace.Application.Currencies;

public sealed record CurrencyRateRow(string Currency, decimal UnitsPerReference, int Version, DateTime UpdatedAt)
{
    public bool IsReference => Currency == CurrencyRate.Reference;
}
