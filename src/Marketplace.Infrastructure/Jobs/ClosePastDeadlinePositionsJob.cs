using Hangfire;
using Marketplace.Application.Positions;
using Marketplace.Infrastructure.Identity;
using Mediator;

namespace Marketplace.Infrastructure.Jobs;

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
