using Marketplace.Application.Common;
using Marketplace.Domain.Matching;

namespace Marketplace.Application.Matching;

/// <summary>Everything one computation scores against: the market of a pairing and the feedback, built at one instant.</summary>
public sealed record MarketSnapshot(FundProjectMarket? FundProject, TalentMarket? Talent, FeedbackSet Feedback);

/// <summary>
/// Keeps the market a running full generation scores against, so its chunk jobs (in one process)
/// build it once. A process that restarts builds it again from the database: a resumed generation's
/// later chunks then see the data as it is on resumption.
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

    public async Task<MarketSnapshot> ForGenerationAsync(IAppDbContext db, RecommendationGeneration generation, MatchingWeights weights, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (cached is { } c && c.GenerationId == generation.Id)
                return c.Snapshot;
            var snapshot = await BuildAsync(db, generation.Pairing, generation.StartedAt, weights, ct);
            cached = (generation.Id, snapshot);
            return snapshot;
        }
        finally
        {
            gate.Release();
        }
    }

    public static async Task<MarketSnapshot> BuildAsync(IAppDbContext db, string pairing, DateTime now, MatchingWeights weights, CancellationToken ct)
    {
        var feedback = await MatchingLoader.FeedbackAsync(db, ct);
        return pairing == Pairings.FundProject
            ? new MarketSnapshot(await MatchingLoader.FundProjectMarketAsync(db, now, weights, ct), null, feedback)
            : new MarketSnapshot(null, await MatchingLoader.TalentMarketAsync(db, now, weights, ct), feedback);
    }
}

/// <summary>How a full generation is split into chunks: by a stable hash of each subject's id, so a resumed run splits the same way.</summary>
public static class RecomputeChunks
{
    public const int SubjectsPerChunk = 2000;

    public static int Count(int subjects) => Math.Max(1, (subjects + SubjectsPerChunk - 1) / SubjectsPerChunk);

    public static int Of(Guid id, int count)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return (int)(BitConverter.ToUInt32(bytes) % (uint)count);
    }
}
