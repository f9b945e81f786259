using System.Globalization;

namespace Marketplace.Web.Infrastructure;

/// <summary>Dates as the reader's culture writes them; times are stored in UTC and say so.</summary>
public static class Format
{
    public static string Utc(DateTime utc) => utc.ToString("g", CultureInfo.CurrentCulture) + " UTC";

    public static string Date(DateTime utc) => utc.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A calendar day (a deadline), as the reader's culture writes it.</summary>
    public static string Day(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>
    /// A whole amount with its ISO currency code, grouped as the reader's culture groups digits:
    /// "CNY 50,000,000" in English, "50,000,000 CNY" in Chinese (the code after the number, as
    /// Chinese writes 元 after it).
    /// </summary>
    // One writer of money for pages and for the application's sentences (mandate-fit reasons).
    public static string Money(long amount, string currency) => Marketplace.Application.Funds.MandateFitText.Money(amount, currency);

    public static string Money(Marketplace.Domain.Common.Money money) => Money(money.Amount, money.Currency);

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
