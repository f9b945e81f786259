namespace Marketplace.Domain.Matching;

public static class FeedbackActions
{
    public const string Saved = "saved";
    public const string Unsaved = "unsaved";
    public const string Dismissed = "dismissed";
    public static readonly IReadOnlyList<string> All = [Saved, Unsaved, Dismissed];
}
