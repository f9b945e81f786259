using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions.Applications;

/// <summary>The researcher's applications, latest activity first.</summary>
public static class ListMyPositionApplications
{
    [RequiresRole(RoleNames.Researcher)]
    public sealed record Query(int? Page = null) : IQuery<PagedList<MyPositionApplicationItem>>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, PagedList<MyPositionApplicationItem>>
    {
        public async ValueTask<PagedList<MyPositionApplicationItem>> Handle(Query query, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var page = await (
                from a in db.PositionApplications.AsNoTracking()
                where a.ResearcherId == me
                join p in db.Positions.AsNoTracking() on a.PositionId equals p.Id
                orderby a.UpdatedAt descending, a.Id
                select new { a.Id, a.PositionId, p.Title, p.StartupId, p.FundId, a.Stage, a.RejectionReason, a.CreatedAt, a.UpdatedAt, a.ConversationId })
                .ToPagedListAsync(query.Page, null, ct);
            var names = await PosterNames.ForAsync(db, page.Items.Select(i => (i.StartupId, i.FundId)), ct);
            return new PagedList<MyPositionApplicationItem>(
                page.Items.Select(i => new MyPositionApplicationItem(i.Id, i.PositionId, i.Title, names(i.StartupId, i.FundId), i.Stage, i.RejectionReason,
                    i.CreatedAt, i.UpdatedAt, i.ConversationId)).ToList(),
                page.Page, page.PageSize, page.Total);
        }
    }
}
