using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;

namespace Marketplace.Application.Positions.Applications;

/// <summary>The apply page: the position, and whether the researcher may apply (and if not, why).</summary>
public sealed record ApplyPage(
    Guid PositionId, LocalizedText Title, LocalizedText PosterName, string Type, DateOnly? Deadline, ApplyBlocker Blocker,
    Guid? LatestApplicationId, ApplicationStage? LatestStage);
