using System.Globalization;
using Marketplace.Application.Common;

namespace Marketplace.Application.Import;

/// <summary>Dates of the talent sections (availableFrom, deadline): calendar days written yyyy-MM-dd.</summary>
internal static class ImportDates
{
    public const string Format = "yyyy-MM-dd";

    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static bool IsDate(string? value) => Parse(value) is not null;
}
