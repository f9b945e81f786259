namespace Marketplace.Application.Matching.Kernel;

internal sealed record ViewerFeedback(HashSet<Guid> Dismissed, IReadOnlyList<Feedback> Saved, IReadOnlyList<Feedback> DismissedRecent)
{
    public static readonly ViewerFeedback None = new([], [], []);

    public bool IsEmpty => Dismissed.Count == 0 && Saved.Count == 0;
}
