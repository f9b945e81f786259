using Marketplace.Application.Common;
using Marketplace.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Notifications;

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
