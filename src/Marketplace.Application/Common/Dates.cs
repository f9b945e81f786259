using System.Globalization;
using Marketplace.Domain.Users;

namespace Marketplace.Application.Common;

/// <summary>
/// The one writer of dates and times for people: an instant (stored in UTC) is shown in the reader's
/// time zone, a calendar day (a deadline, a start date) as it is, both in the reader's culture. English
/// is written day-month-year with the month's name ("7 Dec 2026, 14:05"), which no reader takes for
/// 12 July; Chinese as Chinese writes it ("2026年12月7日 14:05"). The reader is the signed-in user of a
/// web request (set by the web app) or the recipient of an e-mail (<see cref="ForReader"/>); nobody
/// signed in reads UTC, and is told so.
/// </summary>
public static class Dates
{
    private static readonly AsyncLocal<TimeZoneInfo?> Reader = new();

    /// <summary>The zone of whoever the current request or message is written for.</summary>
    public static TimeZoneInfo ReaderZone => Reader.Value ?? TimeZoneInfo.Utc;

    /// <summary>Writes times for a reader in this zone (an IANA id) until the result is disposed.</summary>
    public static IDisposable ForReader(string? timeZone)
    {
        var previous = Reader.Value;
        Reader.Value = TimeZones.Of(timeZone);
        return new Restore(previous);
    }

    /// <summary>The reader's clock is UTC's (nobody signed in, or a user who chose UTC): times then say "UTC".</summary>
    public static bool ReaderReadsUtc => ReaderZone.HasSameRules(TimeZoneInfo.Utc);

    /// <summary>A UTC instant in the reader's zone.</summary>
    public static DateTime InReaderZone(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ReaderZone);

    /// <summary>A date and time of day: "7 Dec 2026, 14:05", "2026年12月7日 14:05"; "… UTC" when the reader reads UTC.</summary>
    public static string Time(DateTime utc)
    {
        var local = InReaderZone(utc);
        var culture = CultureInfo.CurrentCulture;
        var text = IsChinese(culture)
            ? local.ToString("yyyy'年'M'月'd'日' HH:mm", culture)
            : local.ToString("d MMM yyyy, HH:mm", culture);
        return ReaderReadsUtc ? text + " UTC" : text;
    }

    /// <summary>The day an instant falls on in the reader's zone (a publication date).</summary>
    public static string Date(DateTime utc) => Day(DateOnly.FromDateTime(InReaderZone(utc)));

    /// <summary>A calendar day, never shifted by zones: "7 Dec 2026", "2026年12月7日".</summary>
    public static string Day(DateOnly day)
    {
        var culture = CultureInfo.CurrentCulture;
        return IsChinese(culture) ? day.ToString("yyyy'年'M'月'd'日'", culture) : day.ToString("d MMM yyyy", culture);
    }

    /// <summary>The instant as the machine-readable UTC form of HTML's &lt;time datetime&gt;.</summary>
    public static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsChinese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh";

    private sealed class Restore(TimeZoneInfo? previous) : IDisposable
    {
        public void Dispose() => Reader.Value = previous;
    }
}
