using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;

namespace Marketplace.Application.Positions.Applications;

public sealed record ApplicantDetails(
    Guid Id, Guid PositionId, LocalizedText Title, Guid ResearcherId, string Name, string Note, ApplicationStage Stage,
    string? RejectionReason, string? RejectionNote, Guid? ConversationId, DateTime CreatedAt, int Version,
    IReadOnlyList<ApplicationStage> Moves, ApplicantProfile? Profile, IReadOnlyList<ApplicationHistoryItem> History);
