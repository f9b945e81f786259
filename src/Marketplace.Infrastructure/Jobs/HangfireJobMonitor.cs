using Hangfire;
using Marketplace.Application.Common;

namespace Marketplace.Infrastructure.Jobs;

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
