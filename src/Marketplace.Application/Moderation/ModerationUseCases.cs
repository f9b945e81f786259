using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Moderation;

/// <summary>
/// What a kind of content does when an administrator decides on it. Each content type
/// (profiles now; projects, funds, positions later) registers one.
/// </summary>
public interface IModerationApplier
{
    string ContentType { get; }

    /// <summary>Approve: publish new content, or copy a revision's payload onto the published version.</summary>
    Task ApplyAsync(ModerationRequest request, CancellationToken ct);

    /// <summary>Reject or ask for changes; new content moves to the state the workflow says.</summary>
    Task RefuseAsync(ModerationRequest request, CancellationToken ct);
}

/// <summary>Files content for review; a newer submission of the same content supersedes a pending one.</summary>
public sealed class ModerationQueue(IAppDbContext db, TimeProvider clock)
{
    public async Task<ModerationRequest> SubmitAsync(
        string contentType, Guid contentId, ModerationKind kind, string summary, string? payload, Guid submittedBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await db.ModerationRequests
            .Where(r => r.ContentType == contentType && r.ContentId == contentId && r.Decision == ModerationDecision.Pending)
            .ToListAsync(ct);
        foreach (var old in pending)
            old.Decide(ModerationDecision.Superseded, null, submittedBy, now);

        var request = new ModerationRequest(contentType, contentId, kind, summary, payload, submittedBy, now);
        db.ModerationRequests.Add(request);
        return request;
    }
}

public sealed record ModerationQueueItem(
    Guid Id, string ContentType, Guid ContentId, ModerationKind Kind, string Summary,
    Guid SubmittedById, string? SubmittedByName, DateTime SubmittedAt);

public static class GetModerationQueue
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Query(string? ContentType = null, int? Page = null) : IQuery<PagedList<ModerationQueueItem>>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, PagedList<ModerationQueueItem>>
    {
        public async ValueTask<PagedList<ModerationQueueItem>> Handle(Query query, CancellationToken ct)
        {
            var pending = db.ModerationRequests.AsNoTracking().Where(r => r.Decision == ModerationDecision.Pending);
            if (!string.IsNullOrEmpty(query.ContentType))
                pending = pending.Where(r => r.ContentType == query.ContentType);

            // Oldest first: whoever waited longest is answered first.
            return await (
                from r in pending
                join p in db.UserProfiles.AsNoTracking() on r.SubmittedById equals p.Id into authors
                from p in authors.DefaultIfEmpty()
                orderby r.SubmittedAt, r.Id
                select new ModerationQueueItem(r.Id, r.ContentType, r.ContentId, r.Kind, r.Summary,
                    r.SubmittedById, p == null ? null : p.DisplayName, r.SubmittedAt))
                .ToPagedListAsync(query.Page, null, ct);
        }
    }
}

public static class DecideModeration
{
    public enum Verdict
    {
        Approve,
        Reject,
        RequestChanges,
    }

    [RequiresRole(RoleNames.Admin)]
    public sealed record Command(Guid RequestId, Verdict Verdict, string? Reason, int Version) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Verdict).IsInEnum();
            RuleFor(x => x.Reason).NotEmpty().When(x => x.Verdict != Verdict.Approve)
                .WithMessage(_ => Text.Get("Validation.ReasonRequired"));
            RuleFor(x => x.Reason).MaximumLength(2000);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, IEnumerable<IModerationApplier> appliers)
        : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var request = await db.ModerationRequests.FirstOrDefaultAsync(r => r.Id == command.RequestId, ct)
                ?? throw new NotFoundException("Moderation request");
            db.Entry(request).Property(r => r.Version).OriginalValue = command.Version;
            if (!request.IsPending)
                throw new ConcurrencyConflictException();

            var applier = appliers.FirstOrDefault(a => a.ContentType == request.ContentType)
                ?? throw new InvalidOperationException($"No moderation applier for '{request.ContentType}'.");
            var decision = command.Verdict switch
            {
                Verdict.Approve => ModerationDecision.Approved,
                Verdict.Reject => ModerationDecision.Rejected,
                _ => ModerationDecision.ChangesRequested,
            };
            request.Decide(decision, Input.Clean(command.Reason), user.Id, clock.GetUtcNow().UtcDateTime);
            if (decision == ModerationDecision.Approved)
                await applier.ApplyAsync(request, ct);
            else
                await applier.RefuseAsync(request, ct);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}

public sealed record ModerationRequestDetails(
    Guid Id, string ContentType, Guid ContentId, ModerationKind Kind, string Summary, string? Payload,
    Guid SubmittedById, string? SubmittedByName, DateTime SubmittedAt, ModerationDecision Decision, string? Reason,
    DateTime? DecidedAt, int Version);

public static class GetModerationRequest
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Query(Guid Id) : IQuery<ModerationRequestDetails>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, ModerationRequestDetails>
    {
        public async ValueTask<ModerationRequestDetails> Handle(Query query, CancellationToken ct) =>
            await (
                from r in db.ModerationRequests.AsNoTracking()
                where r.Id == query.Id
                join p in db.UserProfiles.AsNoTracking() on r.SubmittedById equals p.Id into authors
                from p in authors.DefaultIfEmpty()
                select new ModerationRequestDetails(r.Id, r.ContentType, r.ContentId, r.Kind, r.Summary, r.Payload,
                    r.SubmittedById, p == null ? null : p.DisplayName, r.SubmittedAt, r.Decision, r.Reason, r.DecidedAt, r.Version))
                .FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Moderation request");
    }
}
