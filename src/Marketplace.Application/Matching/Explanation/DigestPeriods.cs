using System.Globalization;

namespace Marketplace.Application.Matching.Explanation;

/// <summary>
/// The weekly digest's period: the ISO 8601 week of a moment in UTC, written "2026-W48". ISO weeks
/// start on Monday and belong to the year of their Thursday, so 29 December 2025 is in "2026-W01".
/// </summary>
public static class DigestPeriods
{
    public static string Of(DateTimeOffset moment)
    {
        var day = moment.UtcDateTime;
        return Format(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
    }

    public static string Format(int year, int week) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-W{week:D2}");

    /// <summary>Whether <paramref name="period"/> names a week that exists ("2026-W53" does, "2025-W53" does not).</summary>
    public static bool IsValid(string? period)
    {
        if (period is not { Length: 8 } || period[4] != '-' || period[5] != 'W')
            return false;
        if (!int.TryParse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(period.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week))
            return false;
        return year >= 1 && week >= 1 && week <= ISOWeek.GetWeeksInYear(year);
    }
}
