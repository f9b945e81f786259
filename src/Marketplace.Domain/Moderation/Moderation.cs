using Marketplace.Domain.Common;

namespace Marketplace.Domain.Moderation;

/// <summary>Where a piece of user content stands in its life (PRODUCT.md: listings, funds, positions, profiles).</summary>
public enum ModerationState
{
    Draft,
    Submitted,
    Published,
    Rejected,
    ChangesRequested,
    Closed,
}

/// <summary>Content that goes through the moderation workflow.</summary>
public interface IModeratedContent
{
    Guid Id { get; }
    string ContentType { get; }
    ModerationState State { get; set; }
}

/// <summary>
/// A listing people browse once it is published (a project, a position): moderated, published at a
/// time, and closed at a time for a reason.
/// </summary>
public interface IListing : IModeratedContent
{
    LocalizedText Title { get; }
    DateTime? PublishedAt { get; }
    DateTime? ClosedAt { get; }
    string? ClosedReason { get; }
}

public enum ModerationKind
{
    /// <summary>New content asking to be published.</summary>
    Publication,
    /// <summary>An edit of published content; the published version stays visible meanwhile.</summary>
    Revision,
}

public enum ModerationDecision
{
    Pending,
    Approved,
    Rejected,
    ChangesRequested,
    /// <summary>Replaced by a newer submission of the same content before anyone decided.</summary>
    Superseded,
    /// <summary>Taken back by its author.</summary>
    Withdrawn,
}

/// <summary>
/// One item of the administrators' moderation queue. For a revision, <see cref="Payload"/>
/// holds the proposed values (JSON) until an administrator approves them.
/// </summary>
public sealed class ModerationRequest : AuditedEntity
{
    private ModerationRequest() { }

    public ModerationRequest(string contentType, Guid contentId, ModerationKind kind, string summary, string? payload, Guid submittedBy, DateTime now)
    {
        ContentType = contentType;
        ContentId = contentId;
        Kind = kind;
        Summary = summary;
        Payload = payload;
        SubmittedById = submittedBy;
        SubmittedAt = now;
        Decision = ModerationDecision.Pending;
    }

    public string ContentType { get; private set; } = null!;
    public Guid ContentId { get; private set; }
    public ModerationKind Kind { get; private set; }
    /// <summary>A short human-readable line for the queue (e.g. the proposed display name).</summary>
    public string Summary { get; private set; } = null!;
    public string? Payload { get; private set; }
    public Guid SubmittedById { get; private set; }
    public DateTime SubmittedAt { get; private set; }
    public ModerationDecision Decision { get; private set; }
    public string? Reason { get; private set; }
    public Guid? DecidedById { get; private set; }
    public DateTime? DecidedAt { get; private set; }

    public bool IsPending => Decision == ModerationDecision.Pending;

    public void Decide(ModerationDecision decision, string? reason, Guid? decidedBy, DateTime now)
    {
        if (!IsPending)
            throw new DomainException("Moderation.AlreadyDecided");
        if (decision == ModerationDecision.Pending)
            throw new ArgumentOutOfRangeException(nameof(decision));
        if (decision is ModerationDecision.Rejected or ModerationDecision.ChangesRequested && string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Validation.ReasonRequired");
        Decision = decision;
        Reason = reason;
        DecidedById = decidedBy;
        DecidedAt = now;
    }
}

/// <summary>
/// The moves content may make. Kept as one table so every kind of content follows the same
/// rules and a test can check them all.
/// </summary>
public static class ModerationWorkflow
{
    private static readonly Dictionary<ModerationState, ModerationState[]> Allowed = new()
    {
        [ModerationState.Draft] = [ModerationState.Submitted],
        [ModerationState.Submitted] = [ModerationState.Published, ModerationState.Rejected, ModerationState.ChangesRequested, ModerationState.Draft],
        [ModerationState.ChangesRequested] = [ModerationState.Submitted, ModerationState.Draft],
        [ModerationState.Rejected] = [ModerationState.Draft],
        [ModerationState.Published] = [ModerationState.Closed],
        [ModerationState.Closed] = [],
    };

    public static bool CanMove(ModerationState from, ModerationState to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public static void Move(IModeratedContent content, ModerationState to)
    {
        if (!CanMove(content.State, to))
            throw new DomainException("Moderation.InvalidTransition");
        content.State = to;
    }

    /// <summary>What a decision on a pending request does to new content (a revision leaves the state alone).</summary>
    public static ModerationState? StateAfter(ModerationKind kind, ModerationDecision decision) => (kind, decision) switch
    {
        (ModerationKind.Publication, ModerationDecision.Approved) => ModerationState.Published,
        (ModerationKind.Publication, ModerationDecision.Rejected) => ModerationState.Rejected,
        (ModerationKind.Publication, ModerationDecision.ChangesRequested) => ModerationState.ChangesRequested,
        (ModerationKind.Publication, ModerationDecision.Withdrawn) => ModerationState.Draft,
        _ => null,
    };
}
