using Hangfire;
using Marketplace.Application.Matching;
using Marketplace.Application.Matching.Recompute;

namespace Marketplace.Infrastructure.Jobs;

/// <summary>Queues the request processor at most once per debounce window (the processor takes every request pending when it runs).</summary>
public sealed class HangfireRecomputeScheduler(IBackgroundJobClient client, TimeProvider clock) : IRecomputeScheduler
{
    private readonly Lock gate = new();
    private DateTimeOffset lastQueued = DateTimeOffset.MinValue;

    public void Poke()
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            if (now - lastQueued < ProcessRecomputeRequestsJob.Debounce)
                return;
            lastQueued = now;
        }
        client.Enqueue<ProcessRecomputeRequestsJob>(j => j.RunAsync(CancellationToken.None));
    }
}
