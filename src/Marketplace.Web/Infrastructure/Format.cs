using System.Globalization;

namespace Marketplace.Web.Infrastructure;

/// <summary>Dates as the reader's culture writes them; times are stored in UTC and say so.</summary>
public static class Format
{
    public static string Utc(DateTime utc) => utc.ToString("g", CultureInfo.CurrentCulture) + " UTC";

    public static string Date(DateTime utc) => utc.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A whole amount with the reader's digit grouping, then its ISO 4217 code: "50,000,000 CNY".</summary>
    public static string Money(long amount, string currency) => amount.ToString("N0", CultureInfo.CurrentCulture) + " " + currency;
}
