namespace Marketplace.Domain.Matching;

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
