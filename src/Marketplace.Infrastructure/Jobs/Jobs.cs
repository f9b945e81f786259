using Hangfire;
using Marketplace.Application.Clusters;
using Marketplace.Application.Common;
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

/// <summary>Every recurring schedule, in one place, with fixed ids (so re-registering updates, never duplicates).</summary>
public static class RecurringJobs
{
    public const string ClusterStatistics = RequestClusterStatisticsRefresh.JobName;

    public static void Register(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<RefreshClusterStatisticsJob>(ClusterStatistics, j => j.RunAsync(CancellationToken.None), "*/10 * * * *");
    }
}

/// <summary>The application's job queue over Hangfire's client (the same storage the recurring jobs use).</summary>
public sealed class HangfireBackgroundJobs(IBackgroundJobClient client) : IBackgroundJobs
{
    public string EnqueueClusterStatisticsRefresh() => client.Enqueue<RefreshClusterStatisticsJob>(j => j.RunAsync(CancellationToken.None));
}
