using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Notifications;

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
