using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

/// <summary>
/// The holder of the link may see the invitation before signing in (the token is the secret);
/// anyone else gets 404, whatever they guess.
/// </summary>
public static class GetStartupInvitation
{
    [AllowAnonymous]
    public sealed record Query(string Token) : IQuery<InvitationDetails>;

    public sealed class Handler(IAppDbContext db, TimeProvider clock) : IQueryHandler<Query, InvitationDetails>
    {
        public async ValueTask<InvitationDetails> Handle(Query query, CancellationToken ct)
        {
            if (!InvitationTokens.IsWellFormed(query.Token))
                throw new NotFoundException("Invitation");
            var hash = InvitationTokens.Hash(query.Token);
            var found = await (
                from i in db.StartupInvitations.AsNoTracking()
                where i.TokenHash == hash
                join s in db.Startups.AsNoTracking() on i.StartupId equals s.Id
                join p in db.UserProfiles.AsNoTracking() on i.InvitedById equals p.Id
                select new { Invitation = i, s.Name, p.DisplayName }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Invitation");
            return new InvitationDetails(found.Invitation.StartupId, found.Name, found.DisplayName,
                found.Invitation.StatusAt(clock.GetUtcNow().UtcDateTime), found.Invitation.ExpiresAt);
        }
    }
}
