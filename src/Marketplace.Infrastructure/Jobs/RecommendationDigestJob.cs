using Hangfire;
using Marketplace.Application.Matching;
using Marketplace.Infrastructure.Identity;
using Mediator;

namespace Marketplace.Infrastructure.Jobs;

/// <summary>
/// Sends the weekly recommendation digests, a batch of users per transaction. Safe to run again (a
/// retry, a second scheduler): a user who has this week's digest is skipped.
/// </summary>
public sealed class RecommendationDigestJob(ISender sender, CurrentUser currentUser)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        currentUser.RunAsSystem();
        // The period is fixed by the first batch, so a run that crosses midnight on Sunday stays in one week.
        var batch = await sender.Send(new SendRecommendationDigests.Command(), cancellationToken);
        while (batch.Next is { } next)
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch = await sender.Send(new SendRecommendationDigests.Command(batch.Period, next), cancellationToken);
        }
    }
}
