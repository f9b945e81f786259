using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Matching;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Dashboard;

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
            var ids = funds.Select(f => f.Id).ToList();
            // Mandate lists are read into memory (a manager has a handful of funds): a new fund has none of its rules set.
            var mandates = await db.Funds.AsNoTracking().Where(f => ids.Contains(f.Id))
                .Select(f => new { f.Id, f.MandateSectors, f.MandateStages, f.TicketMin, f.TicketMax, f.TargetClusterKeys, f.GuidanceRule })
                .ToListAsync(ct);
            var defined = mandates.Where(m => m.MandateSectors.Count > 0 || m.MandateStages.Count > 0 || m.TicketMin is not null
                || m.TicketMax is not null || m.TargetClusterKeys.Count > 0 || m.GuidanceRule is not null).Select(m => m.Id).ToHashSet();
            var undefined = funds.FirstOrDefault(f => !defined.Contains(f.Id));
            // Reviewed: the team saved or dismissed a recommendation, or took a deal into the pipeline.
            var reviewed = await db.RecommendationFeedback.AnyAsync(x => x.SubjectKind == MatchKinds.Fund && ids.Contains(x.SubjectId), ct)
                || await db.Deals.AnyAsync(d => ids.Contains(d.FundId), ct);
            var first = funds.Count > 0 ? funds[0].Id : (Guid?)null;
            var checklist = new Checklist(
            [
                new ChecklistItem(ChecklistSteps.CreateFund, funds.Count > 0),
                new ChecklistItem(ChecklistSteps.DefineMandate, funds.Count > 0 && undefined is null, undefined?.Id ?? first),
                new ChecklistItem(ChecklistSteps.ReviewRecommendations, reviewed, first),
            ]);
            var pending = await db.FundApplications.CountAsync(a => ids.Contains(a.FundId) && a.Status == ConsentStatus.Pending, ct);
            return new FundManagerDashboard(funds, recommendations, checklist, pending);
        }
    }
}
