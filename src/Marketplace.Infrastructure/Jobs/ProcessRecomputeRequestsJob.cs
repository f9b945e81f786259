using Hangfire;
using Marketplace.Application.Matching;
using Marketplace.Infrastructure.Identity;
using Mediator;

namespace Marketplace.Infrastructure.Jobs;

/// <summary>
/// Processes the pending recompute requests, after a short pause so a burst of changes (a form saved
/// twice, an import) is answered by one run. Runs one at a time; a run that dies leaves its requests
/// pending for the next.
/// </summary>
public sealed class ProcessRecomputeRequestsJob(ISender sender, CurrentUser currentUser)
{
    /// <summary>
    /// Long enough to take a form's saves and an import's batches in one run, short enough for issue 6's
    /// two seconds from a change to its recommendations (with the queue poll and the run itself).
    /// </summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(500);

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        currentUser.RunAsSystem();
        await Task.Delay(Debounce, cancellationToken);
        while (await sender.Send(new ProcessRecomputeRequests.Command(), cancellationToken) == ProcessRecomputeRequests.BatchSize)
            cancellationToken.ThrowIfCancellationRequested();
    }
}
