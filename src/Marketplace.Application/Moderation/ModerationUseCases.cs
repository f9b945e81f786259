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

    /// <summary>What the request proposes, field by field, next to what is published now (for the reviewer's page).</summary>
    Task<IReadOnlyList<ProposedChange>> DescribeAsync(ModerationRequest request, CancellationToken ct);

    /// <summary>Approve: publish new content, or copy a revision's payload onto the published version.</summary>
    Task ApplyAsync(ModerationRequest request, CancellationToken ct);

    /// <summary>Reject or ask for changes; new content moves to the state the workflow says.</summary>
    Task RefuseAsync(ModerationRequest request, CancellationToken ct);

    /// <summary>
    /// The content's current name in both languages, for the queue to show in the reader's language;
    /// content without one (or not found) keeps the summary stored with the request.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, LocalizedText>> NamesAsync(IReadOnlyCollection<Guid> contentIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<Guid, LocalizedText>>(new Dictionary<Guid, LocalizedText>());
}

/// <summary>
/// One field of a moderation request: <see cref="Field"/> names it (a "Field.*" resource key without the prefix);
/// <see cref="Shape"/> says how the reviewer's page reads its values.
/// </summary>
public sealed record ProposedChange(string Field, string? Current, string? Proposed, ChangeShape Shape = ChangeShape.Text);

/// <summary>
/// How a proposed value is written, so the page can show names instead of stored codes:
/// <see cref="Code"/> is one code named by the resource "<c>{Field}.{code}</c>"; <see cref="CodedNumbers"/>
/// is lines of "<c>code: number</c>" with codes named the same way.
/// </summary>
public enum ChangeShape
{
    Text,
    Code,
    CodedNumbers,
}

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

public sealed record ModerationQueueItem(
    Guid Id, string ContentType, Guid ContentId, ModerationKind Kind, string Summary,
    Guid SubmittedById, string? SubmittedByName, DateTime SubmittedAt, LocalizedText? Name = null)
{
    /// <summary>The content's name in the reader's language when it has one, else the summary stored at submission.</summary>
    public string Label => Name?.ForCurrentCulture() is { Length: > 0 } name ? name : Summary;
}

public sealed record ModerationQueuePage(PagedList<ModerationQueueItem> Items, IReadOnlyList<string> ContentTypes);

public static class GetModerationQueue
{
    /// <summary>
    /// Pending requests as the queue lists them, with their authors' names: oldest first, since whoever
    /// waited longest is answered first. The queue page and the administrator's overview read it alike.
    /// </summary>
    public static IQueryable<ModerationQueueItem> OldestFirst(IAppDbContext db, IQueryable<ModerationRequest> pending) =>
        from r in pending
        join p in db.UserProfiles.AsNoTracking() on r.SubmittedById equals p.Id into authors
        from p in authors.DefaultIfEmpty()
        orderby r.SubmittedAt, r.Id
        select new ModerationQueueItem(r.Id, r.ContentType, r.ContentId, r.Kind, r.Summary,
            r.SubmittedById, p == null ? null : p.DisplayName, r.SubmittedAt);

    [RequiresRole(RoleNames.Admin)]
    public sealed record Query(string? ContentType = null, int? Page = null) : IQuery<ModerationQueuePage>;

    public sealed class Handler(IAppDbContext db, IEnumerable<IModerationApplier> appliers) : IQueryHandler<Query, ModerationQueuePage>
    {
        public async ValueTask<ModerationQueuePage> Handle(Query query, CancellationToken ct)
        {
            var pending = db.ModerationRequests.AsNoTracking().Where(r => r.Decision == ModerationDecision.Pending);
            if (!string.IsNullOrEmpty(query.ContentType))
                pending = pending.Where(r => r.ContentType == query.ContentType);

            var items = await GetModerationQueue.OldestFirst(db, pending).ToPagedListAsync(query.Page, null, ct);
            var named = new List<ModerationQueueItem>(items.Items.Count);
            var names = new Dictionary<string, IReadOnlyDictionary<Guid, LocalizedText>>();
            foreach (var group in items.Items.GroupBy(i => i.ContentType))
                if (appliers.FirstOrDefault(a => a.ContentType == group.Key) is { } applier)
                    names[group.Key] = await applier.NamesAsync(group.Select(i => i.ContentId).Distinct().ToList(), ct);
            foreach (var item in items.Items)
                named.Add(names.TryGetValue(item.ContentType, out var ofType) && ofType.TryGetValue(item.ContentId, out var name)
                    ? item with { Name = name }
                    : item);
            items = items with { Items = named };
            return new ModerationQueuePage(items, appliers.Select(a => a.ContentType).Order(StringComparer.Ordinal).ToList());
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
    public sealed record Command(Guid RequestId, Verdict? Verdict, string? Reason, int Version) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            // No default verdict: a form that says nothing must not approve anything.
            RuleFor(x => x.Verdict).NotNull().IsInEnum();
            RuleFor(x => x.Reason).NotEmpty().When(x => x.Verdict is Verdict.Reject or Verdict.RequestChanges)
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
                Verdict.RequestChanges => ModerationDecision.ChangesRequested,
                _ => throw new ArgumentOutOfRangeException(nameof(command), "No verdict."),
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
    Guid Id, string ContentType, Guid ContentId, ModerationKind Kind, string Summary,
    Guid SubmittedById, string? SubmittedByName, DateTime SubmittedAt, ModerationDecision Decision, string? Reason,
    DateTime? DecidedAt, int Version, IReadOnlyList<ProposedChange> Changes);

public static class GetModerationRequest
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Query(Guid Id) : IQuery<ModerationRequestDetails>;

    public sealed class Handler(IAppDbContext db, IEnumerable<IModerationApplier> appliers) : IQueryHandler<Query, ModerationRequestDetails>
    {
        public async ValueTask<ModerationRequestDetails> Handle(Query query, CancellationToken ct)
        {
            var request = await db.ModerationRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.Id, ct)
                ?? throw new NotFoundException("Moderation request");
            var author = await db.UserProfiles.AsNoTracking().Where(p => p.Id == request.SubmittedById)
                .Select(p => p.DisplayName).FirstOrDefaultAsync(ct);
            var applier = appliers.FirstOrDefault(a => a.ContentType == request.ContentType);
            var changes = applier is null ? [] : await applier.DescribeAsync(request, ct);
            return new ModerationRequestDetails(request.Id, request.ContentType, request.ContentId, request.Kind, request.Summary,
                request.SubmittedById, author, request.SubmittedAt, request.Decision, request.Reason, request.DecidedAt,
                request.Version, changes);
        }
    }
}
