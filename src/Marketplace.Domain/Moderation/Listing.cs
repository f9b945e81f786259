using Marketplace.Domain.Common;

namespace Marketplace.Domain.Moderation;

/// <summary>
/// A listing keeps the rules of its own life (PRODUCT.md: listings): a draft is submitted for review,
/// published, sent back for changes or rejected, taken back to a draft, and closed for a reason. Projects
/// and positions are listings; they differ in what they say, not in these rules. The publication and
/// closing facts change only through these methods (an initializer may set them when a row is built).
/// </summary>
public abstract class Listing : AuditedEntity, IListing
{
    private DateTime? publishedAt;
    private DateTime? closedAt;
    private string? closedReason;

    public LocalizedText Title { get; set; } = LocalizedText.Empty;
    public ModerationState State { get; set; }

    /// <summary>When it was first published; kept when it is closed.</summary>
    public DateTime? PublishedAt { get => publishedAt; init => publishedAt = value; }

    public DateTime? ClosedAt { get => closedAt; init => closedAt = value; }

    /// <summary>When closed: one of the listing kind's closed reasons.</summary>
    public string? ClosedReason { get => closedReason; init => closedReason = value; }

    /// <summary>The <see cref="IModeratedContent.ContentType"/> of the kind ("project", "position").</summary>
    protected abstract string ListingType { get; }

    string IModeratedContent.ContentType => ListingType;

    /// <summary>A draft, or a listing sent back for changes, goes to the administrators for publication.</summary>
    public void Submit() => ModerationWorkflow.Move(this, ModerationState.Submitted);

    /// <summary>Taken back from review, or edited after a rejection: a draft again.</summary>
    public void ReturnToDraft() => ModerationWorkflow.Move(this, ModerationState.Draft);

    /// <summary>An administrator approved its publication.</summary>
    public void Publish(DateTime at)
    {
        ModerationWorkflow.Move(this, ModerationState.Published);
        publishedAt = at;
    }

    /// <summary>An administrator refused its publication (rejected, or asked for changes); the state it is in now.</summary>
    public ModerationState Refuse(ModerationDecision decision)
    {
        var state = ModerationWorkflow.StateAfter(ModerationKind.Publication, decision);
        if (state is not (ModerationState.Rejected or ModerationState.ChangesRequested))
            throw new DomainException("Moderation.InvalidTransition");
        ModerationWorkflow.Move(this, state.Value);
        return state.Value;
    }

    /// <summary>Its poster closes it (or its deadline does); it stays readable as history.</summary>
    public void Close(string reason, DateTime at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ModerationWorkflow.Move(this, ModerationState.Closed);
        closedReason = reason;
        closedAt = at;
    }

    /// <summary>
    /// An import file says where the listing stands, whatever it was before (the file is the source of
    /// truth for what it holds): a published listing keeps its first publication time unless the file
    /// gives one, a listing closed before keeps when it was closed, and a draft or submitted one has
    /// neither.
    /// </summary>
    public void PutAsImported(ModerationState state, ModerationState? previous, DateTime? filedPublishedAt, string? filedClosedReason,
        string defaultClosedReason, DateTime now)
    {
        var wasListed = previous is ModerationState.Published or ModerationState.Closed;
        State = state;
        switch (state)
        {
            case ModerationState.Published:
                publishedAt = filedPublishedAt ?? (wasListed ? publishedAt : null) ?? now;
                closedAt = null;
                closedReason = null;
                break;
            case ModerationState.Closed:
                publishedAt = filedPublishedAt ?? (wasListed ? publishedAt : null);
                closedAt = previous == ModerationState.Closed ? closedAt ?? now : now;
                closedReason = filedClosedReason ?? defaultClosedReason;
                break;
            default:
                publishedAt = null;
                closedAt = null;
                closedReason = null;
                break;
        }
    }
}
