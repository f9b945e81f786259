namespace Marketplace.Domain.Users;

/// <summary>
/// A user's time zone is an IANA id (<c>Asia/Shanghai</c>, <c>America/Toronto</c>) that the system's time zone
/// database knows; times are stored in UTC and shown in the reader's zone.
/// </summary>
public static class TimeZones
{
    public const string Utc = "UTC";

    /// <summary>The longest IANA id is 32 characters (America/Argentina/ComodRivadavia); room to spare.</summary>
    public const int MaxLength = 64;

    /// <summary>An IANA id the system knows. Windows ids ("China Standard Time") are not stored, though .NET would map them.</summary>
    public static bool IsKnown(string? id) => Find(id) is not null;

    /// <summary>The zone of a stored or posted id; null when it is not a known IANA id.</summary>
    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxLength)
            return null;
        if (id == Utc)
            return TimeZoneInfo.Utc;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId && zone.Id == id ? zone : null;
    }

    /// <summary>The id if it is known, else UTC: for a zone the browser guessed, which the user cannot correct on that form.</summary>
    public static string OrUtc(string? id) => IsKnown(id) ? id! : Utc;

    /// <summary>The zone of an id read back from the database (UTC for a zone the system no longer knows).</summary>
    public static TimeZoneInfo Of(string? id) => Find(id) ?? TimeZoneInfo.Utc;
}
