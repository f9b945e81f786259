using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Moderation;

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
