using Marketplace.Application.Matching.Kernel;

namespace Marketplace.Application.Matching.Store;

/// <summary>
/// Where the recompute keeps recommendation generations. A subject's list in a generation is
/// replaced or merged as a whole, in the caller's transaction, so readers never see half a list.
/// </summary>
public interface IRecommendationStore
{
    /// <summary>How many recommendations each subject keeps (the export's top 20 too).</summary>
    const int ListLength = 20;

    /// <summary>The generation readers see for the pairing, or null before the first computation.</summary>
    Task<long?> CurrentGenerationAsync(string pairing, CancellationToken ct);

    /// <summary>The current generation of the pairing; before any full computation, an empty one made current.</summary>
    Task<long> EnsureCurrentAsync(string pairing, DateTime now, CancellationToken ct);

    /// <summary>Subjects of <paramref name="side"/> whose list in <paramref name="generation"/> holds one of <paramref name="targets"/>.</summary>
    Task<HashSet<Guid>> HoldersAsync(long generation, MatchSide side, IReadOnlyCollection<Guid> targets, CancellationToken ct);

    /// <summary>
    /// Replaces the lists of <paramref name="lists"/>' subjects in <paramref name="generationId"/>.
    /// <paramref name="firstSeenFrom"/> is the generation whose first-seen times carry over (the current
    /// one; the same generation for an incremental update).
    /// </summary>
    Task ReplaceAsync(long generationId, long? firstSeenFrom, MatchSide side, IReadOnlyList<MatchList> lists, DateTime now, CancellationToken ct);

    /// <summary>The stored entries of the lists of <paramref name="subjects"/> (a subject without a list has none).</summary>
    Task<IReadOnlyList<StoredEntry>> EntriesAsync(long generation, MatchSide side, IReadOnlyCollection<Guid> subjects, CancellationToken ct);

    /// <summary>
    /// Rewrites lists in place, row by row: an entry kept as it was only changes its rank, a rescored one
    /// its rank, score and explanation (its first-seen time stays), a new one is added, and a held one
    /// no longer in the list is removed. Untouched rows are not rewritten.
    /// </summary>
    Task MergeAsync(long generation, MatchSide side, IReadOnlyList<ListMerge> lists, DateTime now, CancellationToken ct);
}
