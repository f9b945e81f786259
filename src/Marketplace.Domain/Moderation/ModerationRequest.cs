using Marketplace.Domain.Common;

namespace Marketplace.Domain.Moderation;

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
