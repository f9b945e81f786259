namespace Marketplace.Application.Common;

/// <summary>What the job queue reports (Hangfire's monitoring API in Infrastructure), for the administrator's home.</summary>
public interface IJobMonitor
{
    /// <summary>How many jobs failed and were not retried or deleted since, and the latest of them.</summary>
    (long Count, IReadOnlyList<FailedJob> Latest) Failed(int latest);
}
