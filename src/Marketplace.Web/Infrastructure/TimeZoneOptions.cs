using System.Globalization;
using Marketplace.Domain.Users;

namespace Marketplace.Web.Infrastructure;

/// <summary>The zones a user can choose, grouped by the region their IANA id begins with, each with its offset now.</summary>
public static class TimeZoneOptions
{
    public sealed record Option(string Id, string Label);

    public sealed record Group(string Region, IReadOnlyList<Option> Zones);

    /// <summary>The IANA regions, in the order the select lists them; a zone outside them goes under "Other".</summary>
    public static readonly IReadOnlyList<string> Regions =
        ["Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"];

    private static readonly Lazy<IReadOnlyList<TimeZoneInfo>> Zones = new(() =>
        TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId && TimeZones.IsKnown(z.Id)).ToList());

    public static IReadOnlyList<Group> Grouped(DateTime utcNow)
    {
        // UTC is listed once, first: not again under "Other".
        var groups = Zones.Value
            .Where(z => z.Id != TimeZones.Utc)
            .GroupBy(z => Region(z.Id))
            .OrderBy(g => g.Key == "Other" ? int.MaxValue : Regions.ToList().IndexOf(g.Key))
            .Select(g => new Group(g.Key, g.Select(z => new Option(z.Id, Label(z, utcNow))).OrderBy(o => o.Label, StringComparer.Ordinal).ToList()))
            .ToList();
        // UTC first, on its own: the zone of anyone who has not chosen.
        return [new Group("UTC", [new Option(TimeZones.Utc, "UTC")]), .. groups];
    }

    private static string Region(string id)
    {
        var slash = id.IndexOf('/');
        var region = slash > 0 ? id[..slash] : "";
        return Regions.Contains(region) ? region : "Other";
    }

    /// <summary>"Shanghai (UTC+08:00)", "Argentina/Buenos Aires (UTC-03:00)": the id without its region, and the offset it has now.</summary>
    private static string Label(TimeZoneInfo zone, DateTime utcNow)
    {
        var slash = zone.Id.IndexOf('/');
        var place = (slash > 0 && Regions.Contains(zone.Id[..slash]) ? zone.Id[(slash + 1)..] : zone.Id).Replace('_', ' ');
        var offset = zone.GetUtcOffset(utcNow);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return $"{place} (UTC{sign}{offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture)})";
    }
}
