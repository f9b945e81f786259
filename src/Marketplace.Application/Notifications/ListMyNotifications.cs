using Marketplace.Application.Common;
using Mediator;

namespace Marketplace.Application.Notifications;

public static class ListMyNotifications
{
    public sealed record Query(bool UnreadOnly = false, int? Page = null, int? PageSize = null) : IQuery<PagedList<NotificationItem>>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, PagedList<NotificationItem>>
    {
        public async ValueTask<PagedList<NotificationItem>> Handle(Query query, CancellationToken ct) =>
            await db.NotificationsOfAsync(user.Id ?? throw new NotAuthenticatedException(), query.UnreadOnly, query.Page, query.PageSize, ct);
    }
}
