namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// What a viewer did with a recommendation: <paramref name="ViewerId"/> is the subject of the list
/// on <paramref name="ViewerSide"/> (the fund, the project, the researcher, the position; the loader
/// maps a fund manager's or founder's action to it), <paramref name="ItemId"/> the recommended entity.
/// A dismissed item never comes back to that viewer; saved and dismissed items move similar ones.
/// </summary>
public sealed record Feedback(MatchSide ViewerSide, Guid ViewerId, Guid ItemId, FeedbackKind Kind, string? Reason = null);
