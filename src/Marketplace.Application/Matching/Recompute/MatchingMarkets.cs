using Marketplace.Application.Matching.Kernel;
using Marketplace.Application.Matching.Store;
using Marketplace.Domain.Matching;

namespace Marketplace.Application.Matching.Recompute;

/// <summary>
/// Keeps the market a running full generation scores against, so its chunk jobs (in one process)
/// build it once. A process that restarts builds it again from the database: a resumed generation's
/// later chunks then see the data as it is on resumption.
/// <para>
/// Also keeps the latest fund ↔ project market for incremental runs (<see cref="KeptFundProjectMarket"/>):
/// a batch where only funds changed scores them against it instead of reading 100,000 projects again.
/// </para>
/// </summary>
public sealed class MatchingMarkets
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private (long GenerationId, MarketSnapshot Snapshot)? cached;
    private long reused;
    private long rebuilt;

    /// <summary>Incremental fund ↔ project runs since the process started: on a kept market, and on a market rebuilt from the database (for benchmarks, logs and tests).</summary>
    public (long Reused, long Rebuilt) IncrementalRuns => (Interlocked.Read(ref reused), Interlocked.Read(ref rebuilt));

    internal void CountIncremental(bool wasReused) => Interlocked.Increment(ref wasReused ? ref reused : ref rebuilt);

    /// <summary>How long a kept market serves incremental runs: it bounds how stale its clock (freshness) and its currency table may be.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim incremental = new(1, 1);
    private readonly Lock keptGate = new();
    private KeptFundProjectMarket? kept;

    /// <summary>Incremental runs of one process take turns on the kept market (they would conflict on the same lists anyway).</summary>
    internal async Task<IDisposable> IncrementalTurnAsync(CancellationToken ct)
    {
        await incremental.WaitAsync(ct);
        return new Turn(incremental);
    }

    /// <summary>The kept fund ↔ project market if it is younger than <see cref="KeptFor"/> and was built with these weights.</summary>
    internal KeptFundProjectMarket? KeptFundProject(DateTime now, MatchingWeights weights)
    {
        lock (keptGate)
        {
            // An expired market is let go (it is the size of the whole market), not kept until the next rebuild.
            if (kept is { } old && now - old.ReadAfter > KeptFor)
                kept = null;
            return kept is { } k && now >= k.ReadAfter && k.Weights == weights ? k : null;
        }
    }

    /// <summary>Keeps <paramref name="market"/>, read from the database after <paramref name="readAfter"/>, unless a newer one is kept.</summary>
    internal void Keep(FundProjectMarket market, DateTime readAfter, MatchingWeights weights)
    {
        lock (keptGate)
            if (kept is null || kept.ReadAfter <= readAfter)
                kept = new KeptFundProjectMarket(market, readAfter, weights);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
                gate.Release();
        }
    }

    public async Task<MarketSnapshot> ForGenerationAsync(IMarketReader reader, RecommendationGeneration generation, MatchingWeights weights, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (cached is { } c && c.GenerationId == generation.Id)
                return c.Snapshot;
            var snapshot = await BuildAsync(reader, generation.Pairing, generation.StartedAt, weights, ct);
            cached = (generation.Id, snapshot);
            // Read after the generation started: incremental runs may use it too (its age counts from the start).
            if (snapshot.FundProject is { } market)
                Keep(market, generation.StartedAt, weights);
            return snapshot;
        }
        finally
        {
            gate.Release();
        }
    }

    public static async Task<MarketSnapshot> BuildAsync(IMarketReader reader, string pairing, DateTime now, MatchingWeights weights, CancellationToken ct)
    {
        var feedback = await reader.FeedbackAsync(null, ct);
        return pairing == Pairings.FundProject
            ? new MarketSnapshot(await reader.FundProjectMarketAsync(now, weights, ct), null, feedback)
            : new MarketSnapshot(null, await reader.TalentMarketAsync(now, weights, ct), feedback);
    }
}
