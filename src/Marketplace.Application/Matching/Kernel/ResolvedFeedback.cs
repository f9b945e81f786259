namespace Marketplace.Application.Matching.Kernel;

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
