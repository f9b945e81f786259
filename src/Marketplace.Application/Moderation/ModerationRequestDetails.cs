using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Moderation;

public sealed record ModerationRequestDetails(
    Guid Id, string ContentType, Guid ContentId, ModerationKind Kind, string Summary,
    Guid SubmittedById, string? SubmittedByName, DateTime SubmittedAt, ModerationDecision Decision, string? Reason,
    DateTime? DecidedAt, int Version, IReadOnlyList<ProposedChange> Changes);
