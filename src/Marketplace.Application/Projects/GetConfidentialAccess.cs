using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

public static class GetConfidentialAccess
{
    public sealed record Query(Guid ProjectId, int? Page = null) : IQuery<ConfidentialAccessOverview>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, ConfidentialAccessOverview>
    {
        public async ValueTask<ConfidentialAccessOverview> Handle(Query query, CancellationToken ct)
        {
            var project = await ProjectReader.RequireOwnerAsync(db, user, query.ProjectId, track: false, ct);
            var requests = await (
                from a in db.ConfidentialAccesses.AsNoTracking()
                where a.ProjectId == project.Id
                join f in db.Funds.AsNoTracking() on a.FundId equals f.Id
                join u in db.UserProfiles.AsNoTracking() on a.RequestedById equals u.Id into requesters
                from u in requesters.DefaultIfEmpty()
                orderby a.RequestedAt descending
                select new AccessItem(a.Id, a.FundId, f.Name, a.Status, a.Message, u == null ? null : u.DisplayName,
                    a.RequestedAt, a.DecidedAt, a.Version))
                .ToListAsync(ct);
            var views = await (
                from v in db.ConfidentialViews.AsNoTracking()
                where v.ProjectId == project.Id
                join u in db.UserProfiles.AsNoTracking() on v.UserId equals u.Id into viewers
                from u in viewers.DefaultIfEmpty()
                join f in db.Funds.AsNoTracking() on v.FundId equals f.Id into funds
                from f in funds.DefaultIfEmpty()
                orderby v.At descending, v.Id descending
                select new { v.At, UserName = u == null ? null : u.DisplayName, FundEn = f == null ? null : f.Name.En,
                    FundZh = f == null ? null : f.Name.Zh, HasFund = f != null, v.What })
                .ToPagedListAsync(query.Page, null, ct);
            return new ConfidentialAccessOverview(project.Id, project.Title, requests, new PagedList<ConfidentialViewItem>(
                views.Items.Select(v => new ConfidentialViewItem(v.At, v.UserName, v.HasFund ? new LocalizedText(v.FundEn, v.FundZh) : null, v.What)).ToList(),
                views.Page, views.PageSize, views.Total));
        }
    }
}
