using Marketplace.Application.Common;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Matching.Store;

/// <summary>
/// Recommendation generations in the application's database. A list is replaced as a whole (delete
/// then insert, past EF's change tracker) or merged row by row, always in the caller's transaction,
/// carrying over when each target was first recommended.
/// </summary>
public sealed class RecommendationStore(IAppDbContext db) : IRecommendationStore
{
    /// <summary>Lists serialised and written at a time: up to 5,000 rows, some ten megabytes of JSON.</summary>
    private const int ListsPerBatch = 250;

    public Task<long?> CurrentGenerationAsync(string pairing, CancellationToken ct) => db.CurrentGenerations.CurrentIdAsync(pairing, ct);

    public async Task<long> EnsureCurrentAsync(string pairing, DateTime now, CancellationToken ct)
    {
        if (await CurrentGenerationAsync(pairing, ct) is { } current)
            return current;
        var generation = new RecommendationGeneration { Pairing = pairing, Status = GenerationStatus.Completed, StartedAt = now, CompletedAt = now };
        db.RecommendationGenerations.Add(generation);
        await db.SaveChangesAsync(ct);
        db.CurrentGenerations.Add(new CurrentGeneration { Pairing = pairing, GenerationId = generation.Id, SwitchedAt = now });
        await db.SaveChangesAsync(ct);
        return generation.Id;
    }

    public async Task<HashSet<Guid>> HoldersAsync(long generation, MatchSide side, IReadOnlyCollection<Guid> targets, CancellationToken ct)
    {
        var holders = new HashSet<Guid>();
        // By the target kind (it implies the subject's), so the (generation, target kind, target) index
        // answers: with the subject kind as well, SQLite took the subject index and read the whole generation.
        var targetKind = side.Other().Kind();
        foreach (var batch in targets.Chunk(500))
            holders.UnionWith(await db.Recommendations.AsNoTracking()
                .Where(r => r.GenerationId == generation && r.TargetKind == targetKind && batch.Contains(r.TargetId))
                .Select(r => r.SubjectId).Distinct().ToListAsync(ct));
        return holders;
    }

    public async Task ReplaceAsync(long generationId, long? firstSeenFrom, MatchSide side, IReadOnlyList<MatchList> lists, DateTime now, CancellationToken ct)
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
    public async Task<IReadOnlyList<StoredEntry>> EntriesAsync(long generation, MatchSide side, IReadOnlyCollection<Guid> subjects, CancellationToken ct)
    {
        var kind = side.Kind();
        var entries = new List<StoredEntry>();
        foreach (var batch in subjects.Chunk(500))
            entries.AddRange(await db.Recommendations.AsNoTracking()
                .Where(r => r.GenerationId == generation && r.SubjectKind == kind && batch.Contains(r.SubjectId))
                .Select(r => new StoredEntry(r.Id, r.SubjectId, r.TargetId, r.Score, r.Rank)).ToListAsync(ct));
        return entries;
    }

    public async Task MergeAsync(long generation, MatchSide side, IReadOnlyList<ListMerge> lists, DateTime now, CancellationToken ct)
    {
        foreach (var list in lists)
        {
            var rows = list.Held.ToDictionary(e => e.TargetId);
            var kept = new HashSet<Guid>();
            for (var rank = 1; rank <= list.Top.Count; rank++)
            {
                var (targetId, recommendation) = list.Top[rank - 1];
                kept.Add(targetId);
                if (recommendation is null)
                {
                    if (rows[targetId].Rank != rank)
                        Update(rows[targetId].Id, rank, null, now);
                }
                else if (rows.TryGetValue(targetId, out var row))
                    Update(row.Id, rank, recommendation, now);
                else
                    db.Recommendations.Add(new StoredRecommendation
                    {
                        GenerationId = generation,
                        SubjectKind = side.Kind(),
                        SubjectId = list.SubjectId,
                        TargetKind = side.Other().Kind(),
                        TargetId = targetId,
                        Rank = rank,
                        Score = (double)recommendation.Score,
                        Factors = RecommendationJson.Factors(recommendation.Factors),
                        HardRules = RecommendationJson.Rules(recommendation.Rules),
                        ComputedAt = now,
                        FirstSeenAt = now,
                    });
            }
            foreach (var row in list.Held.Where(e => !kept.Contains(e.TargetId)))
                db.Recommendations.Remove(new StoredRecommendation { Id = row.Id });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Updates a stored row without reading it: its rank, and when rescored its score and explanation (its first-seen time stays).</summary>
    private void Update(long id, int rank, Recommendation? rescored, DateTime now)
    {
        var row = new StoredRecommendation { Id = id };
        db.Recommendations.Attach(row);
        var entry = db.Entry(row);
        row.Rank = rank;
        entry.Property(r => r.Rank).IsModified = true;
        if (rescored is null)
            return;
        row.Score = (double)rescored.Score;
        row.Factors = RecommendationJson.Factors(rescored.Factors);
        row.HardRules = RecommendationJson.Rules(rescored.Rules);
        row.ComputedAt = now;
        entry.Property(r => r.Score).IsModified = true;
        entry.Property(r => r.Factors).IsModified = true;
        entry.Property(r => r.HardRules).IsModified = true;
        entry.Property(r => r.ComputedAt).IsModified = true;
    }
}
