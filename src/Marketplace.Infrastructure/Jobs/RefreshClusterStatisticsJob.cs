using Hangfire;
using Marketplace.Application.Clusters;
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
