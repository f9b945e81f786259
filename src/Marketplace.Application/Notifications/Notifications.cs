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
    public string Text => Common.Text.Format("Notification." + Kind, Arguments.Select(NotificationArguments.Read).Cast<object>().ToArray());
}

/// <summary>
/// Arguments are stored as text when the notification is written, but a code (a pass reason, say) must
/// read in the language of whoever opens it, which may not be the writer's: such an argument is
/// stored as a resource key behind a marker and looked up when the notification is shown.
/// </summary>
public static class NotificationArguments
{
    // A control character (information separator one): no name or title a user means to write begins with it.
    private const char Marker = '\u001F';

    public static string Localized(string resourceKey) => Marker + resourceKey;

    public static string Read(string argument) =>
        argument.Length > 1 && argument[0] == Marker ? Common.Text.Find(argument[1..]) ?? argument[1..] : argument;
}

public static class ListMyNotifications
{
    public sealed record Query(bool UnreadOnly = false, int? Page = null, int? PageSize = null) : IQuery<PagedList<NotificationItem>>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, PagedList<NotificationItem>>
    {
        public async ValueTask<PagedList<NotificationItem>> Handle(Query query, CancellationToken ct) =>
            await db.NotificationsOfAsync(user.Id ?? throw new NotAuthenticatedException(), query.UnreadOnly, query.Page, query.PageSize, ct);
    }
}

public static class NotificationReads
{
    /// <summary>A user's notifications, newest first; for pages that show them beside other things (the dashboard).</summary>
    public static async Task<PagedList<NotificationItem>> NotificationsOfAsync(
        this IAppDbContext db, Guid userId, bool unreadOnly, int? page, int? pageSize, CancellationToken ct)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        if (unreadOnly)
            mine = mine.Where(n => n.ReadAt == null);
        var found = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new { n.Id, n.Kind, n.Arguments, n.Link, n.CreatedAt, n.ReadAt })
            .ToPagedListAsync(page, pageSize, ct);
        return new PagedList<NotificationItem>(
            found.Items.Select(n => new NotificationItem(n.Id, n.Kind, JsonSerializer.Deserialize<string[]>(n.Arguments) ?? [], n.Link, n.CreatedAt, n.ReadAt != null)).ToList(),
            found.Page, found.PageSize, found.Total);
    }
}

public static class CountMyUnreadNotifications
{
    public sealed record Query : IQuery<int>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, int>
    {
        public async ValueTask<int> Handle(Query query, CancellationToken ct)
        {
            var id = user.Id ?? throw new NotAuthenticatedException();
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

public static class OpenNotification
{
    /// <summary>
    /// Opening a notification's link reads it: marks it read (once; the first reading time stays) and
    /// answers where it leads. Another user's notification is not found.
    /// </summary>
    public sealed record Command(Guid Id) : ICommand<string?>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, string?>
    {
        public async ValueTask<string?> Handle(Command command, CancellationToken ct)
        {
            var userId = user.Id ?? throw new NotAuthenticatedException();
            var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == command.Id && n.UserId == userId, ct)
                ?? throw new NotFoundException("Notification");
            if (notification.ReadAt is null)
            {
                notification.ReadAt = clock.GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(ct);
            }
            return notification.Link;
        }
    }
}
