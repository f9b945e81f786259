namespace Marketplace.Application.Matching;

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

internal sealed record ViewerFeedback(HashSet<Guid> Dismissed, IReadOnlyList<Feedback> Saved, IReadOnlyList<Feedback> DismissedRecent)
{
    public static readonly ViewerFeedback None = new([], [], []);

    public bool IsEmpty => Dismissed.Count == 0 && Saved.Count == 0;
}

/// <summary>A viewer's feedback resolved against one index: items by candidate position with their tags.</summary>
internal sealed class ResolvedFeedback
{
    public static readonly ResolvedFeedback None = new([], [], []);

    private ResolvedFeedback(int[] excluded, (int[] Tags, Feedback Item)[] saved, (int[] Tags, Feedback Item)[] dismissed)
    {
        Excluded = excluded;
        Saved = saved;
        Dismissed = dismissed;
    }

    public int[] Excluded { get; }
    public (int[] Tags, Feedback Item)[] Saved { get; }
    public (int[] Tags, Feedback Item)[] Dismissed { get; }
    public bool MovesScores => Saved.Length > 0 || Dismissed.Length > 0;

    public static ResolvedFeedback Resolve(ViewerFeedback feedback, Func<Guid, int> indexOf, Func<int, int[]> tags)
    {
        if (feedback.IsEmpty)
            return None;
        var excluded = feedback.Dismissed.Select(indexOf).Where(i => i >= 0).ToArray();
        (int[], Feedback)[] Resolve(IReadOnlyList<Feedback> items) =>
            [.. items.Select(f => (Index: indexOf(f.ItemId), f)).Where(x => x.Index >= 0).Select(x => (tags(x.Index), x.f))];
        return new ResolvedFeedback(excluded, Resolve(feedback.Saved), Resolve(feedback.DismissedRecent));
    }

    /// <summary>The feedback term: + saved weight × best similarity to a saved item − dismissed weight × best similarity to a dismissed one.</summary>
    public (double Term, double SavedSimilarity, int SavedAt, double DismissedSimilarity, int DismissedAt) Evaluate(int[] tags, MatchingWeights weights)
    {
        double bestSaved = 0, bestDismissed = 0;
        int savedAt = -1, dismissedAt = -1;
        for (var i = 0; i < Saved.Length; i++)
            if (Sets.Jaccard(tags, Saved[i].Tags) is var s && s > bestSaved)
                (bestSaved, savedAt) = (s, i);
        for (var i = 0; i < Dismissed.Length; i++)
            if (Sets.Jaccard(tags, Dismissed[i].Tags) is var s && s > bestDismissed)
                (bestDismissed, dismissedAt) = (s, i);
        return (weights.FeedbackSaved * bestSaved - weights.FeedbackDismissed * bestDismissed, bestSaved, savedAt, bestDismissed, dismissedAt);
    }

    /// <summary>The most feedback can add to a score.</summary>
    public double UpperBound(MatchingWeights weights) => Saved.Length > 0 ? weights.FeedbackSaved : 0;
}
