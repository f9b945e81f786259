using Marketplace.Domain.Positions;

namespace Marketplace.Application.Positions.Applications;

/// <summary>
/// The position page's application box. For a researcher: whether they may apply, and their latest
/// application's stage; for the poster: how many live applications wait.
/// </summary>
public sealed record ApplyBox(ApplyBoxKind Kind, Guid PositionId, bool CanApply, Guid? ApplicationId, ApplicationStage? Stage, int LiveApplicants)
{
    public static ApplyBox Nothing(Guid positionId) => new(ApplyBoxKind.None, positionId, false, null, null, 0);
}
