using Marketplace.Application.Common;
using Marketplace.Application.Funds.Pipeline;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Applications;

/// <summary>A fund team's inbox: the applications it received, pending first, and the intro requests it sent, with their answers.</summary>
public static class ListFundApplications
{
    public sealed record Query(Guid FundId, int? Page = null, int? IntroPage = null) : IQuery<FundInbox>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, FundInbox>
    {
        public async ValueTask<FundInbox> Handle(Query query, CancellationToken ct)
        {
            await PipelineAccess.RequireMemberAsync(db, user, query.FundId, ct);
            var applications = await (
                from a in db.FundApplications.AsNoTracking()
                where a.FundId == query.FundId
                join p in db.Projects.AsNoTracking() on a.ProjectId equals p.Id
                join s in db.Startups.AsNoTracking() on p.StartupId equals s.Id
                join u in db.UserProfiles.AsNoTracking() on a.ApplicantId equals u.Id into applicants
                from u in applicants.DefaultIfEmpty()
                orderby a.Status == ConsentStatus.Pending ? 0 : 1, a.CreatedAt descending, a.Id
                select new InboxApplication(a.Id, a.ProjectId, p.Title, s.Name, u == null ? "" : u.DisplayName, a.Message, a.Status, a.CreatedAt,
                    a.DeclineNote, a.ConversationId, a.Version)).ToPagedListAsync(query.Page, null, ct);
            var intros = await (
                from r in db.IntroRequests.AsNoTracking()
                where r.FundId == query.FundId
                join p in db.Projects.AsNoTracking() on r.ProjectId equals p.Id
                join u in db.UserProfiles.AsNoTracking() on r.RequestedById equals u.Id into requesters
                from u in requesters.DefaultIfEmpty()
                orderby r.CreatedAt descending, r.Id
                select new SentIntro(r.Id, r.ProjectId, p.Title, u == null ? "" : u.DisplayName, r.Message, r.Status, r.CreatedAt, r.ConversationId, r.Version))
                .ToPagedListAsync(query.IntroPage, null, ct);
            return new FundInbox(query.FundId, await PipelineAccess.FundNameAsync(db, query.FundId, ct), applications, intros);
        }
    }
}
