using Marketplace.Application.Common;
using Marketplace.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Moderation;

/// <summary>
/// What a listing's editors and the administrators read beside it: the revision waiting for review, the
/// reason of the last refusal while it stands refused, and its history newest first (each moderation
/// request with its decision, and from the audit log its creation, edits in place and closing).
/// </summary>
public sealed record ListingHistory<TRevision>(TRevision? Pending, string? RefusalReason, IReadOnlyList<TimelineEvent> Timeline)
    where TRevision : class
{
    /// <summary>For readers who are not shown the history.</summary>
    public static readonly ListingHistory<TRevision> None = new(null, null, []);

    /// <param name="audited">The audited use cases of the listing's kind and the timeline step each is ("created", "edited", "closed").</param>
    /// <param name="read">Reads a revision's stored payload.</param>
    public static async Task<ListingHistory<TRevision>> ReadAsync(IAppDbContext db, Listing listing, string entityType,
        IReadOnlyDictionary<string, string> audited, Func<string, TRevision> read, CancellationToken ct)
    {
        var type = ((IModeratedContent)listing).ContentType;
        var id = listing.Id;
        var requests = await db.ModerationRequests.AsNoTracking()
            .Where(r => r.ContentType == type && r.ContentId == id)
            .Select(r => new { r.Kind, r.Decision, r.Reason, r.Payload, r.SubmittedAt, r.DecidedAt })
            .ToListAsync(ct);
        var waiting = requests.Where(r => r.Decision == ModerationDecision.Pending && r.Kind == ModerationKind.Revision)
            .OrderByDescending(r => r.SubmittedAt).FirstOrDefault();
        var pending = waiting?.Payload is { } payload ? read(payload) : null;
        var refusal = listing.State is ModerationState.Rejected or ModerationState.ChangesRequested
            ? requests.Where(r => r.Kind == ModerationKind.Publication && r.Decision is ModerationDecision.Rejected or ModerationDecision.ChangesRequested)
                .OrderByDescending(r => r.DecidedAt).Select(r => r.Reason).FirstOrDefault()
            : null;

        var events = new List<TimelineEvent>();
        foreach (var r in requests)
        {
            var prefix = r.Kind == ModerationKind.Revision ? "revision-" : "";
            events.Add(new TimelineEvent(r.SubmittedAt, prefix + "submitted", null));
            if (r.DecidedAt is { } decided && r.Decision != ModerationDecision.Superseded)
                events.Add(new TimelineEvent(decided, prefix + DecisionKind(r.Decision), r.Reason));
        }
        // Creation, edits in place and closing come from the audit log, which keeps every change.
        var key = id.ToString();
        var useCases = audited.Keys.ToList();
        var steps = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == key && a.UseCase != null && useCases.Contains(a.UseCase))
            .Select(a => new { a.At, a.UseCase })
            .ToListAsync(ct);
        events.AddRange(steps.Select(a =>
        {
            var kind = audited[a.UseCase!];
            return new TimelineEvent(a.At, kind, kind == "closed" ? listing.ClosedReason : null);
        }));
        return new ListingHistory<TRevision>(pending, refusal, events.OrderByDescending(e => e.At).ToList());
    }

    private static string DecisionKind(ModerationDecision decision) => decision switch
    {
        ModerationDecision.Approved => "approved",
        ModerationDecision.Rejected => "rejected",
        ModerationDecision.ChangesRequested => "changes-requested",
        ModerationDecision.Withdrawn => "withdrawn",
        _ => "pending",
    };
}
