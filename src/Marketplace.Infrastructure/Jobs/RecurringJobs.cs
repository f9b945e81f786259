using Hangfire;
using Marketplace.Application.Clusters;

namespace Marketplace.Infrastructure.Jobs;

/// <summary>Every recurring schedule, in one place, with fixed ids (so re-registering updates, never duplicates).</summary>
public static class RecurringJobs
{
    public const string ClusterStatistics = RequestClusterStatisticsRefresh.JobName;
    public const string PositionDeadlines = "close-past-deadline-positions";

    public static void Register(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<RefreshClusterStatisticsJob>(ClusterStatistics, j => j.RunAsync(CancellationToken.None), "*/10 * * * *");
        // Hourly, though deadlines are days: a position closes within the first hour of the day after its deadline.
        jobs.AddOrUpdate<ClosePastDeadlinePositionsJob>(PositionDeadlines, j => j.RunAsync(CancellationToken.None), "0 * * * *");
        MatchingSchedules.Register(jobs);
        DigestSchedules.Register(jobs);
    }
}
