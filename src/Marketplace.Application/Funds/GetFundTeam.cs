using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

public static class GetFundTeam
{
    public sealed record Query(Guid FundId) : IQuery<FundTeam>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, FundTeam>
    {
        public async ValueTask<FundTeam> Handle(Query query, CancellationToken ct)
        {
            var fund = await db.Funds.AsNoTracking().Where(f => f.Id == query.FundId)
                .Select(f => new { f.Id, f.Name }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Fund");
            var myRole = await db.FundRoleOfAsync(fund.Id, user.Id, ct) ?? throw new ForbiddenException();
            var now = clock.GetUtcNow().UtcDateTime;
            var members = await (
                from m in db.FundMembers.AsNoTracking()
                where m.FundId == fund.Id
                join p in db.UserProfiles.AsNoTracking() on m.UserId equals p.Id
                orderby m.JoinedAt
                select new FundTeamMember(m.UserId, p.DisplayName, m.Role, m.JoinedAt)).ToListAsync(ct);
            var pending = await (
                from i in db.FundInvitations.AsNoTracking()
                where i.FundId == fund.Id && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now
                join p in db.UserProfiles.AsNoTracking() on i.InvitedById equals p.Id
                orderby i.CreatedAt descending
                select new FundPendingInvitation(i.Id, i.Email, i.Role, p.DisplayName, i.CreatedAt, i.ExpiresAt)).ToListAsync(ct);
            return new FundTeam(fund.Id, fund.Name, members, pending, myRole == FundRoles.Partner);
        }
    }
}
