using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Moderation;

/// <summary>Files content for review; a newer submission of the same content supersedes a pending one.</summary>
public sealed class ModerationQueue(IAppDbContext db, TimeProvider clock)
{
    public async Task<ModerationRequest> SubmitAsync(
        string contentType, Guid contentId, ModerationKind kind, string summary, string? payload, Guid submittedBy, CancellationToken ct)
    {
        await CloseAsync(contentType, contentId, ModerationDecision.Superseded, submittedBy, ct);
        var request = new ModerationRequest(contentType, contentId, kind, summary, payload, submittedBy, clock.GetUtcNow().UtcDateTime);
        db.ModerationRequests.Add(request);
        return request;
    }

    /// <summary>The author takes back what is waiting for review (e.g. goes back to the published value).</summary>
    public Task WithdrawAsync(string contentType, Guid contentId, Guid by, CancellationToken ct) =>
        CloseAsync(contentType, contentId, ModerationDecision.Withdrawn, by, ct);

    /// <summary>The request of this content that waits for a decision, if any.</summary>
    public Task<ModerationRequest?> FindPendingAsync(string contentType, Guid contentId, CancellationToken ct) =>
        db.ModerationRequests
            .Where(r => r.ContentType == contentType && r.ContentId == contentId && r.Decision == ModerationDecision.Pending)
            .OrderByDescending(r => r.SubmittedAt)
            .FirstOrDefaultAsync(ct);

    private async Task CloseAsync(string contentType, Guid contentId, ModerationDecision decision, Guid by, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await db.ModerationRequests
            .Where(r => r.ContentType == contentType && r.ContentId == contentId && r.Decision == ModerationDecision.Pending)
            .ToListAsync(ct);
        foreach (var old in pending)
            old.Decide(decision, null, by, now);
    }
}
