using Hangfire;
using Marketplace.Application.Matching;
using Marketplace.Application.Matching.Recompute;
using Marketplace.Domain.Matching;
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

public static class MatchingSchedules
{
    public const string SafetyNet = "process-recompute-requests";

    public static void Register(IRecurringJobManager jobs)
    {
        // The nightly full recomputes, one pairing after the other.
        jobs.AddOrUpdate<FullRecomputeJob>("full-recompute-" + Pairings.FundProject, j => j.RunAsync(Pairings.FundProject, CancellationToken.None), "30 2 * * *");
        jobs.AddOrUpdate<FullRecomputeJob>("full-recompute-" + Pairings.ResearcherPosition, j => j.RunAsync(Pairings.ResearcherPosition, CancellationToken.None), "30 3 * * *");
        // A request whose poke was lost (a process that stopped in between) is still answered within a minute.
        jobs.AddOrUpdate<ProcessRecomputeRequestsJob>(SafetyNet, j => j.RunAsync(CancellationToken.None), "* * * * *");
    }
}
