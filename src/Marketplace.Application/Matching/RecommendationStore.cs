using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Application.Common;
using Marketplace.Application.Funds;
using Marketplace.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Matching;

/// <summary>The kind codes stored for each side of a list, and which pairing a side belongs to.</summary>
public static class MatchSides
{
    public static string Kind(this MatchSide side) => side switch
    {
        MatchSide.Fund => MatchKinds.Fund,
        MatchSide.Project => MatchKinds.Project,
        MatchSide.Researcher => MatchKinds.Researcher,
        MatchSide.Position => MatchKinds.Position,
        _ => throw new ArgumentOutOfRangeException(nameof(side)),
    };

    /// <summary>What a list of this side recommends: a fund's list holds projects, and so on.</summary>
    public static MatchSide Other(this MatchSide side) => side switch
    {
        MatchSide.Fund => MatchSide.Project,
        MatchSide.Project => MatchSide.Fund,
        MatchSide.Researcher => MatchSide.Position,
        MatchSide.Position => MatchSide.Researcher,
        _ => throw new ArgumentOutOfRangeException(nameof(side)),
    };

    public static string Pairing(this MatchSide side) =>
        side is MatchSide.Fund or MatchSide.Project ? Pairings.FundProject : Pairings.ResearcherPosition;

    public static bool TryParse(string? kind, out MatchSide side)
    {
        switch (kind)
        {
            case MatchKinds.Fund: side = MatchSide.Fund; return true;
            case MatchKinds.Project: side = MatchSide.Project; return true;
            case MatchKinds.Researcher: side = MatchSide.Researcher; return true;
            case MatchKinds.Position: side = MatchSide.Position; return true;
            default: side = default; return false;
        }
    }
}

/// <summary>How factors and hard rules are kept in a stored recommendation (JSON, arguments tagged by kind).</summary>
public static class RecommendationJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Factors(IReadOnlyList<MatchFactor> factors) => JsonSerializer.Serialize(factors, Options);

    public static string Rules(IReadOnlyList<RuleOutcome> rules) => JsonSerializer.Serialize(rules, Options);

    public static IReadOnlyList<MatchFactor> ReadFactors(string json) => JsonSerializer.Deserialize<List<MatchFactor>>(json, Options) ?? [];

    public static IReadOnlyList<RuleOutcome> ReadRules(string json) => JsonSerializer.Deserialize<List<RuleOutcome>>(json, Options) ?? [];
}

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
