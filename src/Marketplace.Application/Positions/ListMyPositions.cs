using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions;

/// <summary>
/// /positions/mine: every position of every startup the user founds and every fund they manage, in
/// every state, the latest changed first, with the posters a new position may be for.
/// </summary>
public static class ListMyPositions
{
    public sealed record Query(int? Page = null) : IQuery<MyPositions>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, MyPositions>
    {
        public async ValueTask<MyPositions> Handle(Query query, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var startups = await (
                from m in db.StartupMembers.AsNoTracking()
                where m.UserId == me
                join s in db.Startups.AsNoTracking() on m.StartupId equals s.Id
                select new { s.Id, s.Name }).ToListAsync(ct);
            var funds = await (
                from m in db.FundMembers.AsNoTracking()
                where m.UserId == me
                join f in db.Funds.AsNoTracking() on m.FundId equals f.Id
                select new { f.Id, f.Name }).ToListAsync(ct);
            var posters = startups.Select(s => new PositionPoster(s.Id, null, s.Name))
                .Concat(funds.Select(f => new PositionPoster(null, f.Id, f.Name)))
                .OrderBy(p => p.Name.ForCurrentCulture(), StringComparer.CurrentCulture)
                .ToList();

            var found = await db.Positions.AsNoTracking().PostedBy(db, me)
                .OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Id)
                .Select(p => new
                {
                    p.Id, p.Title, p.StartupId, p.FundId, p.Type, p.State, p.ClosedReason, p.Deadline, p.UpdatedAt,
                    RevisionPending = db.ModerationRequests.Any(r => r.ContentType == Position.ContentType && r.ContentId == p.Id
                        && r.Kind == ModerationKind.Revision && r.Decision == ModerationDecision.Pending),
                    Applicants = db.PositionApplications.Count(a => a.PositionId == p.Id && a.Stage != ApplicationStage.Withdrawn),
                    NewApplicants = db.PositionApplications.Count(a => a.PositionId == p.Id && a.Stage == ApplicationStage.Applied),
                })
                .ToPagedListAsync(query.Page, null, ct);
            var names = posters.ToDictionary(p => p.StartupId ?? p.FundId!.Value, p => p.Name);
            var items = found.Items.Select(p => new MyPositionItem(p.Id, p.Title,
                    new PositionPoster(p.StartupId, p.FundId, names.GetValueOrDefault(p.StartupId ?? p.FundId!.Value) ?? LocalizedText.Empty),
                    p.Type, p.State, p.ClosedReason, p.Deadline, p.UpdatedAt, p.RevisionPending, p.Applicants, p.NewApplicants))
                .ToList();
            return new MyPositions(posters, new PagedList<MyPositionItem>(items, found.Page, found.PageSize, found.Total));
        }
    }
}
