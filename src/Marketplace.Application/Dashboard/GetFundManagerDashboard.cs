using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Matching;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Dashboard;

public sealed record DashboardFund(Guid Id, LocalizedText Name, string Type, string Role);

/// <param name="Recommendations">Each fund's top recommended projects, in the order of <see cref="Funds"/>.</param>
public sealed record FundManagerDashboard(IReadOnlyList<DashboardFund> Funds, DashboardRecommendations Recommendations);

/// <summary>The fund manager's home: the funds they work for, each with its top recommended projects.</summary>
public static class GetFundManagerDashboard
{
    public const int RecommendationCount = 5;

    [RequiresRole(RoleNames.FundManager)]
    public sealed record Query : IQuery<FundManagerDashboard>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, FundManagerDashboard>
    {
        public async ValueTask<FundManagerDashboard> Handle(Query query, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var funds = await (
                from m in db.FundMembers.AsNoTracking()
                where m.UserId == me
                join f in db.Funds.AsNoTracking() on m.FundId equals f.Id
                orderby m.JoinedAt
                select new DashboardFund(f.Id, f.Name, f.Type, m.Role)).ToListAsync(ct);
            var recommendations = await DashboardRecommendations.ForAsync(db, user,
                funds.Select(f => (MatchSide.Fund, f.Id, f.Name.ForCurrentCulture())), RecommendationCount, clock.GetUtcNow().UtcDateTime, ct);
            return new FundManagerDashboard(funds, recommendations);
        }
    }
}
