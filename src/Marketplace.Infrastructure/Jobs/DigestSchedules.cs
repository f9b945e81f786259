using Hangfire;

namespace Marketplace.Infrastructure.Jobs;

public static class DigestSchedules
{
    public const string WeeklyDigest = "weekly-recommendation-digest";

    /// <summary>Mondays at 08:00 UTC (Hangfire's recurring jobs run in UTC unless told otherwise).</summary>
    public const string Cron = "0 8 * * 1";

    public static void Register(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<RecommendationDigestJob>(WeeklyDigest, j => j.RunAsync(CancellationToken.None), Cron);
}
