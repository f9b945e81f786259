using Marketplace.Domain.Common;

namespace Marketplace.Domain.Moderation;

/// <summary>
/// The moves content may make. Kept as one table so every kind of content follows the same
/// rules and a test can check them all.
/// </summary>
public static class ModerationWorkflow
{
    private static readonly Dictionary<ModerationState, ModerationState[]> Allowed = new()
    {
        [ModerationState.Draft] = [ModerationState.Submitted],
        [ModerationState.Submitted] = [ModerationState.Published, ModerationState.Rejected, ModerationState.ChangesRequested, ModerationState.Draft],
        [ModerationState.ChangesRequested] = [ModerationState.Submitted, ModerationState.Draft],
        [ModerationState.Rejected] = [ModerationState.Draft],
        [ModerationState.Published] = [ModerationState.Closed],
        [ModerationState.Closed] = [],
    };

    public static bool CanMove(ModerationState from, ModerationState to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public static void Move(IModeratedContent content, ModerationState to)
    {
        if (!CanMove(content.State, to))
            throw new DomainException("Moderation.InvalidTransition");
        content.State = to;
    }

    /// <summary>What a decision on a pending request does to new content (a revision leaves the state alone).</summary>
    public static ModerationState? StateAfter(ModerationKind kind, ModerationDecision decision) => (kind, decision) switch
    {
        (ModerationKind.Publication, ModerationDecision.Approved) => ModerationState.Published,
        (ModerationKind.Publication, ModerationDecision.Rejected) => ModerationState.Rejected,
        (ModerationKind.Publication, ModerationDecision.ChangesRequested) => ModerationState.ChangesRequested,
        (ModerationKind.Publication, ModerationDecision.Withdrawn) => ModerationState.Draft,
        _ => null,
    };
}
