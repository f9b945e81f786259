using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

public static class GetStartupTeam
{
    public sealed record Query(Guid StartupId) : IQuery<StartupTeam>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, StartupTeam>
    {
        public async ValueTask<StartupTeam> Handle(Query query, CancellationToken ct)
        {
            var startup = await db.Startups.AsNoTracking().Where(s => s.Id == query.StartupId)
                .Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Startup");
            if (!await db.IsStartupOwnerAsync(startup.Id, user.Id, ct))
                throw new ForbiddenException();
            var now = clock.GetUtcNow().UtcDateTime;
            var members = await (
                from m in db.StartupMembers.AsNoTracking()
                where m.StartupId == startup.Id
                join p in db.UserProfiles.AsNoTracking() on m.UserId equals p.Id
                orderby m.JoinedAt
                select new TeamMember(m.UserId, p.DisplayName, m.JoinedAt)).ToListAsync(ct);
            var pending = await (
                from i in db.StartupInvitations.AsNoTracking()
                where i.StartupId == startup.Id && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now
                join p in db.UserProfiles.AsNoTracking() on i.InvitedById equals p.Id
                orderby i.CreatedAt descending
                select new PendingInvitation(i.Id, i.Email, p.DisplayName, i.CreatedAt, i.ExpiresAt)).ToListAsync(ct);
            return new StartupTeam(startup.Id, startup.Name, members, pending);
        }
    }
}
