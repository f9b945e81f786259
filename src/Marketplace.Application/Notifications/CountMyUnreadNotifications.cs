using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Notifications;

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
