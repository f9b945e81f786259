using Hangfire;
using Marketplace.Application.Clusters;
using Marketplace.Application.Common;
using Marketplace.Application.Positions;
using Marketplace.Infrastructure.Identity;
using Mediator;

namespace Marketplace.Infrastructure.Jobs;

/// <summary>Recounts what each cluster has on the market (cluster pages read the result).</summary>
public sealed class RefreshClusterStatisticsJob(ISender sender, CurrentUser currentUser)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        currentUser.RunAsSystem();
        await sender.Send(new RefreshClusterStatistics.Command(), cancellationToken);
    }
}

/// <summary>
/// Closes the positions whose deadline is over (the day after it, UTC), a batch per transaction, and
/// tells their posters. Safe to run twice: a closed position is never picked again.
/// </summary>
public sealed class ClosePastDeadlinePositionsJob(ISender sender, CurrentUser currentUser)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        currentUser.RunAsSystem();
        const int batch = ClosePastDeadlinePositions.DefaultBatchSize;
        while (await sender.Send(new ClosePastDeadlinePositions.Command(batch), cancellationToken) == batch)
            cancellationToken.ThrowIfCancellationRequested();
    }
}

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

/// <summary>The application's job queue over Hangfire's client (the same storage the recurring jobs use).</summary>
public sealed class HangfireBackgroundJobs(IBackgroundJobClient client) : IBackgroundJobs
{
    public string EnqueueClusterStatisticsRefresh() => client.Enqueue<RefreshClusterStatisticsJob>(j => j.RunAsync(CancellationToken.None));
}

/// <summary>The failed jobs as Hangfire's monitoring API reports them (the dashboard under /admin/jobs shows the same).</summary>
public sealed class HangfireJobMonitor(JobStorage storage) : IJobMonitor
{
    public (long Count, IReadOnlyList<FailedJob> Latest) Failed(int latest)
    {
        var monitor = storage.GetMonitoringApi();
        // Newest first: the monitoring API pages failed jobs from the most recent one.
        var jobs = monitor.FailedJobs(0, latest)
            .Select(j => new FailedJob(j.Key, j.Value.Job is { } job ? $"{job.Type.Name}.{job.Method.Name}" : "?", j.Value.FailedAt,
                j.Value.ExceptionMessage ?? j.Value.Reason))
            .ToList();
        return (monitor.FailedCount(), jobs);
    }
}
