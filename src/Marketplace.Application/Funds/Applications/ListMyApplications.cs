using Marketplace.Application.Common;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Applications;

/// <summary>The founder's side: applications of the projects they own (any co-owner's), and intro requests to them.</summary>
public static class ListMyApplications
{
    public sealed record Query(int? Page = null, int? IntroPage = null) : IQuery<MyApplications>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, MyApplications>
    {
        public async ValueTask<MyApplications> Handle(Query query, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var myProjects = db.Projects.Where(p => db.StartupMembers.Any(m => m.StartupId == p.StartupId && m.UserId == me)).Select(p => p.Id);
            var applications = await (
                from a in db.FundApplications.AsNoTracking()
                where myProjects.Contains(a.ProjectId)
                join f in db.Funds.AsNoTracking() on a.FundId equals f.Id
                join p in db.Projects.AsNoTracking() on a.ProjectId equals p.Id
                join d in db.Deals.AsNoTracking() on new { a.FundId, a.ProjectId } equals new { d.FundId, d.ProjectId } into deals
                from d in deals.DefaultIfEmpty()
                orderby a.CreatedAt descending, a.Id
                select new MyApplication(a.Id, a.FundId, f.Name, a.ProjectId, p.Title, a.Status, a.CreatedAt, a.DeclineNote, a.ConversationId,
                    a.Status == ConsentStatus.Accepted && d != null ? d.Stage : null,
                    a.Status == ConsentStatus.Accepted && d != null && d.Stage == DealStage.Passed ? d.PassReason : null,
                    a.Status == ConsentStatus.Accepted && d != null && d.Stage == DealStage.Passed ? d.PassNote : null,
                    a.Version)).ToPagedListAsync(query.Page, null, ct);
            var intros = await (
                from r in db.IntroRequests.AsNoTracking()
                where myProjects.Contains(r.ProjectId)
                join f in db.Funds.AsNoTracking() on r.FundId equals f.Id
                join p in db.Projects.AsNoTracking() on r.ProjectId equals p.Id
                join u in db.UserProfiles.AsNoTracking() on r.RequestedById equals u.Id into requesters
                from u in requesters.DefaultIfEmpty()
                orderby r.Status == ConsentStatus.Pending ? 0 : 1, r.CreatedAt descending, r.Id
                select new IncomingIntro(r.Id, r.FundId, f.Name, r.ProjectId, p.Title, u == null ? "" : u.DisplayName, r.Message, r.Status, r.CreatedAt,
                    r.ConversationId, r.Version)).ToPagedListAsync(query.IntroPage, null, ct);
            return new MyApplications(applications, intros);
        }
    }
}
