using Marketplace.Application.Moderation;
using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Import;

internal static class ProjectImportStatuses
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string Published = "published";
    public const string Closed = "closed";

    public static ModerationState ToState(string? status) => status switch
    {
        Submitted => ModerationState.Submitted,
        Published => ModerationState.Published,
        Closed => ModerationState.Closed,
        _ => ModerationState.Draft,
    };

    /// <summary>
    /// Puts a listing (project or position) in the state the file names, keeping the first publication
    /// time on updates; true when that filed or took back a moderation request. <paramref name="author"/>
    /// is who the request is filed or taken back in the name of.
    /// </summary>
    public static async Task<bool> ApplyAsync(Listing listing, ModerationState? previous, string? status, DateTimeOffset? publishedAt,
        string? closedReason, string defaultClosedReason, string key, Func<Task<Guid>> author, ModerationQueue queue, DateTime now, CancellationToken ct)
    {
        var state = ToState(status);
        listing.PutAsImported(state, previous, publishedAt?.UtcDateTime, closedReason, defaultClosedReason, now);
        var contentType = ((IModeratedContent)listing).ContentType;

        if (state == ModerationState.Submitted)
        {
            // Already waiting for review: an edit of the file does not push it to the back of the queue.
            if (previous == ModerationState.Submitted && await queue.FindPendingAsync(contentType, listing.Id, ct) is not null)
                return false;
            var summary = listing.Title.En ?? listing.Title.Zh ?? key;
            await queue.SubmitAsync(contentType, listing.Id, ModerationKind.Publication, summary.Length > 300 ? summary[..300] : summary,
                null, await author(), ct);
            return true;
        }
        if (previous == ModerationState.Submitted)
        {
            // The file moved it on (published, back to draft...): the request in the queue is taken back.
            await queue.WithdrawAsync(contentType, listing.Id, await author(), ct);
            return true;
        }
        return false;
    }
}
