using Hangfire;
using Marketplace.Application.Common;

namespace Marketplace.Infrastructure.Jobs;

/// <summary>The application's job queue over Hangfire's client (the same storage the recurring jobs use).</summary>
public sealed class HangfireBackgroundJobs(IBackgroundJobClient client) : IBackgroundJobs
{
    public string EnqueueClusterStatisticsRefresh() => client.Enqueue<RefreshClusterStatisticsJob>(j => j.RunAsync(CancellationToken.None));
}
