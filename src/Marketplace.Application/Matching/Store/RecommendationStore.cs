using Marketplace.Application.Common;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Matching.Store;

/// <summary>
/// Writes and reads stored recommendations. A subject's list in one generation is replaced as a
/// whole (delete then insert, in the caller's transaction), carrying over when each target was first
/// recommended, so readers never see half a list.
/// </summary>
public static class RecommendationStore
{
    /// <summary>How many recommendations each subject keeps (the export's top 20 too).</summary>
    public const int ListLength = 20;

    /// <summary>Lists serialised and written at a time: up to 5,000 rows, some ten megabytes of JSON.</summary>
    private const int ListsPerBatch = 250;

    /// <summary>The generation readers see for the pairing, or null before the first computation.</summary>
    public static Task<long?> CurrentGenerationAsync(IAppDbContext db, string pairing, CancellationToken ct) =>
        db.CurrentGenerations.AsNoTracking().Where(c => c.Pairing == pairing).Select(c => (long?)c.GenerationId).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Replaces the lists of <paramref name="lists"/>' subjects in <paramref name="generationId"/>.
    /// <paramref name="firstSeenFrom"/> is the generation whose first-seen times carry over (the current
    /// one; the same generation for an incremental update).
    /// </summary>
    public static async Task ReplaceAsync(
        IAppDbContext db, long generationId, long? firstSeenFrom, MatchSide side, IReadOnlyList<MatchList> lists, DateTime now, CancellationToken ct)
    {
        if (lists.Count == 0)
            return;
        var kind = side.Kind();
        var targetKind = side.Other().Kind();
        var subjects = lists.Select(l => l.SubjectId).ToList();
        var firstSeen = new Dictionary<(Guid, Guid), DateTime>();
        if (firstSeenFrom is { } from)
        {
            foreach (var batch in subjects.Chunk(500))
            {
                var seen = await db.Recommendations.AsNoTracking()
                    .Where(r => r.GenerationId == from && r.SubjectKind == kind && batch.Contains(r.SubjectId))
                    .Select(r => new { r.SubjectId, r.TargetId, r.FirstSeenAt })
                    .ToListAsync(ct);
                foreach (var row in seen)
                    firstSeen[(row.SubjectId, row.TargetId)] = row.FirstSeenAt;
            }
        }
        foreach (var batch in subjects.Chunk(500))
            await db.Recommendations
                .Where(r => r.GenerationId == generationId && r.SubjectKind == kind && batch.Contains(r.SubjectId))
                .ExecuteDeleteAsync(ct);
        // Serialising the explanations is most of the work: lists in parallel, each in rank order. In
        // batches of lists, so a chunk's JSON (kilobytes a row) is never all in memory at once.
        for (var first = 0; first < lists.Count; first += ListsPerBatch)
        {
            var batch = lists.Skip(first).Take(ListsPerBatch).ToArray();
            var starts = new int[batch.Length + 1];
            for (var i = 0; i < batch.Length; i++)
                starts[i + 1] = starts[i] + batch[i].Items.Count;
            var rows = new StoredRecommendation[starts[^1]];
            Parallel.For(0, batch.Length, i =>
            {
                var list = batch[i];
                for (var rank = 0; rank < list.Items.Count; rank++)
                {
                    var item = list.Items[rank];
                    rows[starts[i] + rank] = new StoredRecommendation
                    {
                        GenerationId = generationId,
                        SubjectKind = kind,
                        SubjectId = list.SubjectId,
                        TargetKind = targetKind,
                        TargetId = item.CandidateId,
                        Rank = rank + 1,
                        Score = (double)item.Score,
                        Factors = RecommendationJson.Factors(item.Factors),
                        HardRules = RecommendationJson.Rules(item.Rules),
                        ComputedAt = now,
                        FirstSeenAt = firstSeen.GetValueOrDefault((list.SubjectId, item.CandidateId), now),
                    };
                }
            });
            // Derived rows by the thousand: written past the change tracker, in the caller's transaction.
            await db.BulkInsertAsync(rows, ct);
        }
    }
}
