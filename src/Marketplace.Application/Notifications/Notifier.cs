using System.Text.Json;
using Marketplace.Application.Common;
using Marketplace.Domain.Notifications;
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
