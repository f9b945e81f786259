namespace Marketplace.Application.Common;

/// <summary>Puts work on the background job queue (Hangfire in Infrastructure); returns the job's id.</summary>
public interface IBackgroundJobs
{
    string EnqueueClusterStatisticsRefresh();
}
