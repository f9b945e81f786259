using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;

namespace Marketplace.Application.Positions.Applications;

/// <summary>An application as its researcher sees it in the list.</summary>
public sealed record MyPositionApplicationItem(
    Guid Id, Guid PositionId, LocalizedText Title, LocalizedText PosterName, ApplicationStage Stage, string? RejectionReason,
    DateTime CreatedAt, DateTime UpdatedAt, Guid? ConversationId);
