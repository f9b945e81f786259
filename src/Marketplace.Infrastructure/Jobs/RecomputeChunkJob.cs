using Hangfire;
using Marketplace.Application.Matching;
using Marketplace.Infrastructure.Identity;
using Mediator;

namespace Marketplace.Infrastructure.Jobs;

public sealed class RecomputeChunkJob(ISender sender, CurrentUser currentUser)
{
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(long generationId, int index, CancellationToken cancellationToken)
    {
        currentUser.RunAsSystem();
        await sender.Send(new RunRecomputeChunk.Command(generationId, index), cancellationToken);
        await sender.Send(new CompleteRecompute.Command(generationId), cancellationToken);
    }
}
