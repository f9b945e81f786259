using System.Text.Json;
using Marketplace.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Notifications;

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
