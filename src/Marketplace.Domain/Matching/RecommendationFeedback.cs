namespace Marketplace.Domain.Matching;

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
