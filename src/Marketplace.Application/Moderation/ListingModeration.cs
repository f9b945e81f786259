using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Moderation;

/// <summary>
/// What an editor does to a listing's place in the moderation workflow, the same for a project and a
/// position: submit it for publication, take back what waits for review, close it. The listing keeps
/// the rules (<see cref="Listing"/>); this files or takes back its request in the queue and saves. The
/// version the editor's page read must still be the listing's, or someone else saved first (409).
/// </summary>
public sealed class ListingModeration(IAppDbContext db, ICurrentUser user, ModerationQueue queue, TimeProvider clock)
{
    /// <summary>A short line naming a listing in both languages (queue summaries, notifications).</summary>
    public static string Name(LocalizedText title) =>
        string.Join(" / ", new[] { title.En, title.Zh }.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct());

    public async Task SubmitAsync(Listing listing, int version, CancellationToken ct)
    {
        ExpectVersion(listing, version);
        listing.Submit();
        await queue.SubmitAsync(TypeOf(listing), listing.Id, ModerationKind.Publication, Name(listing.Title), null, user.Id!.Value, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A submitted listing becomes a draft again (to edit it); a published listing's pending revision is
    /// dropped and the published version stays. Nothing waiting: <paramref name="nothingPending"/> is the
    /// message code the editor reads.
    /// </summary>
    public async Task WithdrawAsync(Listing listing, int version, string nothingPending, CancellationToken ct)
    {
        ExpectVersion(listing, version);
        var type = TypeOf(listing);
        var pending = await queue.FindPendingAsync(type, listing.Id, ct) ?? throw new DomainException(nothingPending);
        await queue.WithdrawAsync(type, listing.Id, user.Id!.Value, ct);
        if (pending.Kind == ModerationKind.Publication)
            listing.ReturnToDraft();
        else
            listing.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A published listing closes for a reason; it stays readable as history, and a pending revision is dropped.</summary>
    public async Task CloseAsync(Listing listing, string reason, int version, CancellationToken ct)
    {
        ExpectVersion(listing, version);
        listing.Close(reason, clock.GetUtcNow().UtcDateTime);
        await queue.WithdrawAsync(TypeOf(listing), listing.Id, user.Id!.Value, ct);
        await db.SaveChangesAsync(ct);
    }

    private void ExpectVersion(Listing listing, int version) => db.Entry(listing).Property(l => l.Version).OriginalValue = version;

    private static string TypeOf(IModeratedContent content) => content.ContentType;
}
