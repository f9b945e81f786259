using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

/// <summary>The startups the signed-in user owns, the latest joined first.</summary>
public static class ListMyStartups
{
    public sealed record Query : IQuery<IReadOnlyList<MyStartupItem>>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<MyStartupItem>>
    {
        public async ValueTask<IReadOnlyList<MyStartupItem>> Handle(Query query, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            return await (
                from m in db.StartupMembers.AsNoTracking()
                where m.UserId == me
                join s in db.Startups.AsNoTracking() on m.StartupId equals s.Id
                join c in db.Clusters.AsNoTracking() on s.ClusterId equals c.Id
                orderby m.JoinedAt descending
                select new MyStartupItem(s.Id, s.Name, new NamedCode(c.Key, c.Name), s.Stage, m.JoinedAt)).ToListAsync(ct);
        }
    }
}
