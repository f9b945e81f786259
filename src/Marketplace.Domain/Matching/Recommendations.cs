namespace Marketplace.Domain.Matching;

/// <summary>The two pairings the engine computes.</summary>
public static class Pairings
{
    public const string FundProject = "fund-project";
    public const string ResearcherPosition = "researcher-position";
    public static readonly IReadOnlyList<string> All = [FundProject, ResearcherPosition];
}

/// <summary>What a recommendation is for or about: a fund, a project, a researcher or a position.</summary>
public static class MatchKinds
{
    public const string Fund = "fund";
    public const string Project = "project";
    public const string Researcher = "researcher";
    public const string Position = "position";
}

public enum GenerationStatus
{
    Running,
    Completed,
    /// <summary>Replaced by a newer run before it completed (a killed run is left Running until then).</summary>
    Abandoned,
}

/// <summary>
/// One full recompute of a pairing. Its rows become visible all at once, when the last chunk is done
/// and <see cref="CurrentGeneration"/> is switched to it in one transaction; until then readers keep
/// seeing the previous generation, however the run ends.
/// </summary>
public sealed class RecommendationGeneration
{
    public long Id { get; set; }
    public string Pairing { get; set; } = null!;
    public GenerationStatus Status { get; set; }
    public int ChunkCount { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}

/// <summary>One chunk of a generation: done chunks are skipped when a killed run is resumed.</summary>
public sealed class RecommendationChunk
{
    public long GenerationId { get; set; }
    public int Index { get; set; }
    public DateTime? DoneAt { get; set; }
}

/// <summary>The generation readers see, per pairing.</summary>
public sealed class CurrentGeneration
{
    public string Pairing { get; set; } = null!;
    public long GenerationId { get; set; }
    public DateTime SwitchedAt { get; set; }
}

/// <summary>
/// A ranked pairing (stored) for one subject (the fund, project, researcher or position whose list it is),
/// with the factors that made its score (JSON; they add up to <see cref="Score"/>) and the hard rules
/// it passed. Rows of one subject in one generation are replaced together.
/// </summary>
public sealed class StoredRecommendation
{
    public long Id { get; set; }
    public long GenerationId { get; set; }
    public string SubjectKind { get; set; } = null!;
    public Guid SubjectId { get; set; }
    public string TargetKind { get; set; } = null!;
    public Guid TargetId { get; set; }
    public int Rank { get; set; }
    public double Score { get; set; }
    public string Factors { get; set; } = "[]";
    public string HardRules { get; set; } = "[]";
    public DateTime ComputedAt { get; set; }
    /// <summary>When this target was first recommended to this subject (carried over by every recompute): what the digest calls new.</summary>
    public DateTime FirstSeenAt { get; set; }
}

public static class FeedbackActions
{
    public const string Saved = "saved";
    public const string Unsaved = "unsaved";
    public const string Dismissed = "dismissed";
    public static readonly IReadOnlyList<string> All = [Saved, Unsaved, Dismissed];
}

/// <summary>
/// Why a user dismissed a recommended item, in the words of its pairing: a fund or a founder speaks of stages
/// and sizes, a researcher or a position's team of fields, places, position types and seniority.
/// </summary>
public static class DismissReasons
{
    public static readonly IReadOnlyList<string> FundProject = ["not-relevant", "wrong-stage", "wrong-location", "wrong-size", "already-known", "other"];

    public static readonly IReadOnlyList<string> Talent = ["wrong-field", "wrong-location", "wrong-position-type", "wrong-seniority", "not-now", "other"];

    /// <summary>Every code ever offered, so stored feedback is still named whichever list it came from.</summary>
    public static readonly IReadOnlyList<string> All = [.. FundProject.Union(Talent)];

    /// <summary>The reasons offered on, and accepted for, a subject's list ("fund", "project", "researcher", "position").</summary>
    public static IReadOnlyList<string> For(string subjectKind) =>
        subjectKind is MatchKinds.Researcher or MatchKinds.Position ? Talent : FundProject;
}

/// <summary>
/// A user's save or dismissal of a recommended item, on behalf of one subject (their fund, project,
/// profile or position). Append-only: the latest row per subject and target is the state, older rows
/// are its history. A dismissed target never comes back for that subject.
/// </summary>
public sealed class RecommendationFeedback
{
    public long Id { get; set; }
    public Guid UserId { get; set; }
    public string SubjectKind { get; set; } = null!;
    public Guid SubjectId { get; set; }
    public string TargetKind { get; set; } = null!;
    public Guid TargetId { get; set; }
    public string Action { get; set; } = null!;
    public string? Reason { get; set; }
    public DateTime At { get; set; }
}

/// <summary>An incremental recompute asked for by a change; coalesced per entity (debounce).</summary>
public sealed class RecomputeRequest
{
    public long Id { get; set; }
    public string EntityKind { get; set; } = null!;
    public Guid EntityId { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime? DoneAt { get; set; }
}

/// <summary>A weekly digest sent to one user for one period (ISO week, e.g. "2026-W48"); unique, so it goes out once.</summary>
public sealed class DigestDelivery
{
    public long Id { get; set; }
    public Guid UserId { get; set; }
    public string Period { get; set; } = null!;
    public int Items { get; set; }
    public DateTime SentAt { get; set; }
}
