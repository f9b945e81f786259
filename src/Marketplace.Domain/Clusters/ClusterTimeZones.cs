using Marketplace.Domain.Users;

namespace Marketplace.Domain.Clusters;

/// <summary>
/// The time zone of each reference cluster (reference.json's keys), the one place that knows it: an
/// imported account, which the file gives no zone, starts in its home cluster's. Other clusters, and
/// none, start in UTC.
/// </summary>
public static class ClusterTimeZones
{
    private static readonly Dictionary<string, string> ByCluster = new(StringComparer.Ordinal)
    {
        ["beijing"] = "Asia/Shanghai",
        ["hangzhou"] = "Asia/Shanghai",
        ["shenzhen"] = "Asia/Shanghai",
        ["shanghai"] = "Asia/Shanghai",
        ["silicon-valley"] = "America/Los_Angeles",
        ["montreal"] = "America/Toronto",
        ["toronto"] = "America/Toronto",
        ["london"] = "Europe/London",
        ["singapore"] = "Asia/Singapore",
    };

    public static string For(string? clusterKey) =>
        clusterKey is not null && ByCluster.TryGetValue(clusterKey, out var zone) ? TimeZones.OrUtc(zone) : TimeZones.Utc;
}
