namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// Every viewer's feedback, by side and viewer. Per viewer the last <see cref="MaxItemsPerViewer"/>
/// saved and the last as many dismissed items (in the order given: pass them oldest first) move
/// the ranking; every dismissed item, however old, is left out.
/// </summary>
public sealed class FeedbackSet
{
    public const int MaxItemsPerViewer = 50;

    public static readonly FeedbackSet Empty = new([]);

    private readonly Dictionary<(MatchSide, Guid), ViewerFeedback> viewers = [];

    public FeedbackSet(IEnumerable<Feedback> feedback)
    {
        foreach (var group in feedback.GroupBy(f => (f.ViewerSide, f.ViewerId)))
        {
            var items = group.ToList();
            // The latest word on an item counts: saved after dismissed is saved again.
            var latest = items.GroupBy(f => f.ItemId).Select(g => g.Last()).ToList();
            var dismissed = latest.Where(f => f.Kind == FeedbackKind.Dismissed).ToList();
            var saved = latest.Where(f => f.Kind == FeedbackKind.Saved).ToList();
            viewers[group.Key] = new ViewerFeedback(
                [.. dismissed.Select(f => f.ItemId)],
                [.. saved.TakeLast(MaxItemsPerViewer)],
                [.. dismissed.TakeLast(MaxItemsPerViewer)]);
        }
    }

    internal ViewerFeedback For(MatchSide side, Guid viewer) => viewers.GetValueOrDefault((side, viewer)) ?? ViewerFeedback.None;
}
