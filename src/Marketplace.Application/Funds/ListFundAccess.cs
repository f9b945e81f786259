using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>
/// Confidential access from the fund's side: what the fund asked to see and what the founders
/// granted, declined or revoked, latest asked first. Only the fund's members see it.
/// </summary>
public static class ListFundAccess
{
    public sealed record Query(Guid FundId, int? Page = null) : IQuery<FundAccessOverview>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, FundAccessOverview>
    {
        public async ValueTask<FundAccessOverview> Handle(Query query, CancellationToken ct)
        {
            var fund = await db.Funds.AsNoTracking().Where(f => f.Id == query.FundId)
                .Select(f => new { f.Id, f.Name }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Fund");
            if (!await db.IsFundMemberAsync(fund.Id, user.Id, ct))
                throw new ForbiddenException();
            var requests = await (
                from a in db.ConfidentialAccesses.AsNoTracking()
                where a.FundId == fund.Id
                join p in db.Projects.AsNoTracking() on a.ProjectId equals p.Id
                join u in db.UserProfiles.AsNoTracking() on a.RequestedById equals u.Id into askers
                from u in askers.DefaultIfEmpty()
                orderby a.RequestedAt descending, a.Id
                select new FundAccessItem(a.Id, p.Id, p.Title, a.Status, u == null ? null : u.DisplayName, a.RequestedAt, a.DecidedAt))
                .ToPagedListAsync(query.Page, null, ct);
            return new FundAccessOverview(fund.Id, fund.Name, requests);
        }
    }
}
