using Marketplace.Application.Common;
using Marketplace.Application.Notifications;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Moderation;

/// <summary>
/// What an administrator's decision does to a listing, the same for every kind: a publication request
/// publishes it, sends it back for changes or rejects it; an approved revision is copied onto the
/// published listing. Everyone who speaks for the listing is told of every decision, with the reason
/// when there is one ("{type}-published", "{type}-changes-requested", "{type}-revision-rejected", ...).
/// A kind says how to find its listing, copy a revision, list the changes and whom to tell.
/// </summary>
public abstract class ListingModerationApplier<TListing>(Notifier notifier, TimeProvider clock) : IModerationApplier
    where TListing : Listing
{
    public abstract string ContentType { get; }

    public abstract Task<IReadOnlyList<ProposedChange>> DescribeAsync(ModerationRequest request, CancellationToken ct);

    public virtual Task<IReadOnlyDictionary<Guid, LocalizedText>> NamesAsync(IReadOnlyCollection<Guid> contentIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<Guid, LocalizedText>>(new Dictionary<Guid, LocalizedText>());

    /// <summary>The listing the request is about, tracked; not found: <see cref="NotFoundException"/>.</summary>
    protected abstract Task<TListing> FindAsync(Guid id, CancellationToken ct);

    /// <summary>Copies an approved revision's payload onto the published listing.</summary>
    protected abstract void ApplyRevision(string payload, TListing listing);

    /// <summary>Who is told of a decision: the listing's owners or posters.</summary>
    protected abstract Task<IReadOnlyCollection<Guid>> EditorIdsAsync(TListing listing, CancellationToken ct);

    /// <summary>Where the notification leads ("/projects/{id}").</summary>
    protected abstract string LinkTo(TListing listing);

    public async Task ApplyAsync(ModerationRequest request, CancellationToken ct)
    {
        var listing = await FindAsync(request.ContentId, ct);
        string outcome;
        if (request.Kind == ModerationKind.Revision)
        {
            ApplyRevision(request.Payload ?? throw new InvalidOperationException("A revision without a payload."), listing);
            outcome = "revision-approved";
        }
        else
        {
            listing.Publish(clock.GetUtcNow().UtcDateTime);
            outcome = "published";
        }
        await NotifyAsync(listing, outcome, null, ct);
    }

    public async Task RefuseAsync(ModerationRequest request, CancellationToken ct)
    {
        var listing = await FindAsync(request.ContentId, ct);
        var outcome = request.Kind == ModerationKind.Revision
            ? "revision-rejected"
            : listing.Refuse(request.Decision) == ModerationState.ChangesRequested ? "changes-requested" : "rejected";
        await NotifyAsync(listing, outcome, request.Reason, ct);
    }

    private async Task NotifyAsync(TListing listing, string outcome, string? reason, CancellationToken ct) =>
        notifier.NotifyAll(await EditorIdsAsync(listing, ct), $"{ContentType}-{outcome}", LinkTo(listing),
            ListingModeration.Name(listing.Title), reason ?? "");
}
