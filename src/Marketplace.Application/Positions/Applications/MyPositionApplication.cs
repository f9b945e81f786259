using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;

namespace Marketplace.Application.Positions.Applications;

/// <summary>One application as its researcher sees it: where it stands, why it ended, the history, and what they may do.</summary>
public sealed record MyPositionApplication(
    Guid Id, Guid PositionId, LocalizedText Title, LocalizedText PosterName, string Note, ApplicationStage Stage,
    string? RejectionReason, string? RejectionNote, Guid? ConversationId, DateTime CreatedAt, bool CanWithdraw, int Version,
    IReadOnlyList<ApplicationHistoryItem> History);
