using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Positions;

/// <summary>
/// The edit form of a position, for its posters: the values to start from (a pending revision's when
/// there is one, so saving again keeps it in the queue), its state and the choices.
/// </summary>
public sealed record PositionEditor(
    Guid Id, Guid? StartupId, Guid? FundId, LocalizedText PosterName, ModerationState State, bool RevisionPending,
    PositionRevision Values, string? ClusterKey, int Version, PositionChoices Choices);
