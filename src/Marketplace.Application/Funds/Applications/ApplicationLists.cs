using Marketplace.Application.Common;
using Marketplace.Application.Funds.Pipeline;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Applications;

public sealed record InboxApplication(
    Guid Id, Guid ProjectId, LocalizedText ProjectTitle, LocalizedText StartupName, string ApplicantName, string Message,
    ConsentStatus Status, DateTime CreatedAt, string? DeclineNote, Guid? ConversationId, int Version);

public sealed record SentIntro(Guid Id, Guid ProjectId, LocalizedText ProjectTitle, string RequestedBy, string Message, ConsentStatus Status, DateTime CreatedAt, Guid? ConversationId, int Version);

public sealed record FundInbox(Guid FundId, LocalizedText FundName, PagedList<InboxApplication> Applications, PagedList<SentIntro> Intros);

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

/// <summary>An application as its founders see it: the status and, once the fund passed the deal, the structured reason.</summary>
public sealed record MyApplication(
    Guid Id, Guid FundId, LocalizedText FundName, Guid ProjectId, LocalizedText ProjectTitle, ConsentStatus Status, DateTime CreatedAt,
    string? DeclineNote, Guid? ConversationId, DealStage? DealStage, string? PassReason, string? PassNote, int Version);

public sealed record IncomingIntro(
    Guid Id, Guid FundId, LocalizedText FundName, Guid ProjectId, LocalizedText ProjectTitle, string RequestedBy, string Message,
    ConsentStatus Status, DateTime CreatedAt, Guid? ConversationId, int Version);

public sealed record MyApplications(PagedList<MyApplication> Applications, PagedList<IncomingIntro> Intros);

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
