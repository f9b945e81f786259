using System.Globalization;

namespace Marketplace.Web.Infrastructure;

/// <summary>Dates as the reader's culture writes them; times are stored in UTC and say so.</summary>
public static class Format
{
    public static string Utc(DateTime utc) => utc.ToString("g", CultureInfo.CurrentCulture) + " UTC";

    public static string Date(DateTime utc) => utc.ToString("d", CultureInfo.CurrentCulture);
}
