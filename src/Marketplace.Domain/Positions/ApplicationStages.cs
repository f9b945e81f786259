namespace Marketplace.Domain.Positions;

public static class ApplicationStages
{
    /// <summary>Stages of a live application: at most one per researcher and position.</summary>
    public static readonly IReadOnlyList<ApplicationStage> Live =
        [ApplicationStage.Applied, ApplicationStage.Reviewing, ApplicationStage.Interview, ApplicationStage.Offer];

    public static bool IsLive(ApplicationStage stage) => Live.Contains(stage);

    /// <summary>
    /// The poster's moves: forward one or more steps along Applied → Reviewing → Interview → Offer →
    /// Hired, or Rejected from any live step. Withdrawal is the researcher's own move.
    /// </summary>
    public static bool PosterCanMove(ApplicationStage from, ApplicationStage to) =>
        IsLive(from) && (to == ApplicationStage.Rejected || (to is > ApplicationStage.Applied and <= ApplicationStage.Hired && to > from));
}
