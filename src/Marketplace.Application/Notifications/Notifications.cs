using System.Text.Json;
using Marketplace.Application.Common;
using Marketplace.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Notifications;

/// <summary>
/// Tells users something happened, in-app. Every later issue reuses it: add a kind, add the
/// "Notification.{kind}" string in both languages, call <see cref="NotifyAsync"/> inside the command.
/// </summary>
public sealed class Notifier(IAppDbContext db, TimeProvider clock)
{
    public void Notify(Guid userId, string kind, string? link, params string[] arguments) =>
        db.Notifications.Add(new Notification
        {
            UserId = userId,
            Kind = kind,
            Link = link,
            Arguments = JsonSerializer.Serialize(arguments),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });

    public void NotifyAll(IEnumerable<Guid> userIds, string kind, string? link, params string[] arguments)
    {
        foreach (var id in userIds.Distinct())
            Notify(id, kind, link, arguments);
    }
}

public sealed record NotificationItem(Guid Id, string Kind, IReadOnlyList<string> Arguments, string? Link, DateTime CreatedAt, bool IsRead)
{
    /// <summary>The message in the current language.</summary>
    public string Text => Common.Text.Format("Notification." + Kind, Arguments.Cast<object>().ToArray());
}

public static class ListMyNotifications
{
    public sealed record Query(bool UnreadOnly = false, int? Page = null) : IQuery<PagedList<NotificationItem>>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, PagedList<NotificationItem>>
    {
        public async ValueTask<PagedList<NotificationItem>> Handle(Query query, CancellationToken ct)
        {
            var id = user.Id!.Value;
            var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == id);
            if (query.UnreadOnly)
                mine = mine.Where(n => n.ReadAt == null);
            var page = await mine.OrderByDescending(n => n.CreatedAt)
                .Select(n => new { n.Id, n.Kind, n.Arguments, n.Link, n.CreatedAt, n.ReadAt })
                .ToPagedListAsync(query.Page, null, ct);
            return new PagedList<NotificationItem>(
                page.Items.Select(n => new NotificationItem(n.Id, n.Kind, JsonSerializer.Deserialize<string[]>(n.Arguments) ?? [], n.Link, n.CreatedAt, n.ReadAt != null)).ToList(),
                page.Page, page.PageSize, page.Total);
        }
    }
}

public static class CountMyUnreadNotifications
{
    public sealed record Query : IQuery<int>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, int>
    {
        public async ValueTask<int> Handle(Query query, CancellationToken ct)
        {
            var id = user.Id!.Value;
            return await db.Notifications.CountAsync(n => n.UserId == id && n.ReadAt == null, ct);
        }
    }
}

public static class MarkNotificationsRead
{
    /// <summary>Marks one notification read, or all of the user's when <see cref="Id"/> is null.</summary>
    public sealed record Command(Guid? Id) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var id = user.Id!.Value;
            var now = clock.GetUtcNow().UtcDateTime;
            var unread = db.Notifications.Where(n => n.UserId == id && n.ReadAt == null);
            if (command.Id is { } one)
                unread = unread.Where(n => n.Id == one);
            foreach (var n in await unread.ToListAsync(ct))
                n.ReadAt = now;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
