namespace Marketplace.Application.Common;

/// <summary>Puts work on the background job queue (Hangfire in Infrastructure); returns the job's id.</summary>
public interface IBackgroundJobs
{
    string EnqueueClusterStatisticsRefresh();
}

/// <summary>One background job that failed for good (its retries used up), as the administrator's home lists it.</summary>
public sealed record FailedJob(string Id, string Name, DateTime? FailedAt, string? Reason);

/// <summary>What the job queue reports (Hangfire's monitoring API in Infrastructure), for the administrator's home.</summary>
public interface IJobMonitor
{
    /// <summary>How many jobs failed and were not retried or deleted since, and the latest of them.</summary>
    (long Count, IReadOnlyList<FailedJob> Latest) Failed(int latest);
}
