using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>The funds on whose team the signed-in fund manager is, the latest joined first.</summary>
public static class ListMyFunds
{
    [RequiresRole(RoleNames.FundManager)]
    public sealed record Query : IQuery<IReadOnlyList<MyFundItem>>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<MyFundItem>>
    {
        public async ValueTask<IReadOnlyList<MyFundItem>> Handle(Query query, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var rows = await (
                from m in db.FundMembers.AsNoTracking()
                where m.UserId == me
                join f in db.Funds.AsNoTracking() on m.FundId equals f.Id
                orderby m.JoinedAt descending
                select new { f.Id, f.Name, f.Type, f.ClusterId, f.IsVerified, m.Role, m.JoinedAt }).ToListAsync(ct);
            var clusterIds = rows.Select(r => r.ClusterId).OfType<Guid>().Distinct().ToList();
            var clusters = await db.Clusters.AsNoTracking().Where(c => clusterIds.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => new NamedCode(c.Key, c.Name), ct);
            return rows.Select(r => new MyFundItem(r.Id, r.Name, r.Type, r.ClusterId is { } c ? clusters.GetValueOrDefault(c) : null,
                r.IsVerified, r.Role, r.JoinedAt)).ToList();
        }
    }
}
