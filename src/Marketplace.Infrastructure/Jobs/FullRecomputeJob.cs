using Hangfire;
using Marketplace.Application.Matching;
using Marketplace.Infrastructure.Identity;
using Mediator;

namespace Marketplace.Infrastructure.Jobs;

/// <summary>
/// The nightly full recompute of a pairing: starts (or resumes) a generation and queues one job per
/// pending chunk; the chunk that finishes last switches readers to the new generation.
/// </summary>
public sealed class FullRecomputeJob(ISender sender, CurrentUser currentUser, IBackgroundJobClient client)
{
    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(string pairing, CancellationToken cancellationToken)
    {
        currentUser.RunAsSystem();
        var plan = await sender.Send(new StartFullRecompute.Command(pairing), cancellationToken);
        foreach (var index in plan.PendingChunks)
            client.Enqueue<RecomputeChunkJob>(j => j.RunAsync(plan.GenerationId, index, CancellationToken.None));
        if (plan.PendingChunks.Count == 0)
            await sender.Send(new CompleteRecompute.Command(plan.GenerationId), cancellationToken);
    }
}
