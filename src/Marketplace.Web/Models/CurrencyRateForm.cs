using System.Globalization;
using Marketplace.Application.Currencies;

namespace Marketplace.Web.Models;

/// <summary>The edit-rate and add-currency forms. The rate is text so that anything typed reaches the validator.</summary>
public sealed class CurrencyRateForm
{
    public string? Currency { get; set; }
    public string? UnitsPerReference { get; set; }
    public int Version { get; set; }

    public static CurrencyRateForm From(CurrencyRateRow row) => new()
    {
        Currency = row.Currency,
        UnitsPerReference = row.UnitsPerReference.ToString("0.######", CultureInfo.InvariantCulture),
        Version = row.Version,
    };

    /// <summary>Digits with a point (or the reader's own decimal separator); anything else is no number.</summary>
    public decimal? Rate() =>
        decimal.TryParse(UnitsPerReference?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) ? rate
        : decimal.TryParse(UnitsPerReference?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.CurrentCulture, out rate) ? rate
        : null;

    public UpdateCurrencyRate.Command ToUpdateCommand(string currency) => new(currency, Rate(), Version);

    public AddCurrency.Command ToAddCommand() => new(Currency, Rate());
}
