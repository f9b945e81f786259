using Marketplace.Domain.Common;

namespace Marketplace.Domain.Currencies;

/// <summary>
/// How many units of a currency make one unit of the reference currency (USD). Maintained by
/// administrators; used to compare amounts across currencies, never to move money.
/// </summary>
public sealed class CurrencyRate : AuditedEntity
{
    public const string Reference = "USD";

    private CurrencyRate() { }

    public CurrencyRate(string currency, decimal unitsPerReference)
    {
        Currency = currency;
        UnitsPerReference = unitsPerReference;
    }

    public string Currency { get; private set; } = null!;
    public decimal UnitsPerReference { get; set; }

    public decimal ToReference(long amount) => amount / UnitsPerReference;

    public long FromReference(decimal amount) => (long)Math.Round(amount * UnitsPerReference, MidpointRounding.AwayFromZero);
}
