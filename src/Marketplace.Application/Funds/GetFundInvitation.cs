using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>
/// The holder of the link may see the invitation before signing in (the token is the secret);
/// anyone else gets 404, whatever they guess.
/// </summary>
public static class GetFundInvitation
{
    [AllowAnonymous]
    public sealed record Query(string Token) : IQuery<FundInvitationDetails>;

    public sealed class Handler(IAppDbContext db, TimeProvider clock) : IQueryHandler<Query, FundInvitationDetails>
    {
        public async ValueTask<FundInvitationDetails> Handle(Query query, CancellationToken ct)
        {
            var invitation = await db.FundInvitations.AsNoTracking().ByTokenAsync(query.Token, ct);
            var fundName = await db.Funds.AsNoTracking().Where(f => f.Id == invitation.FundId).Select(f => f.Name).FirstAsync(ct);
            var inviter = await db.UserProfiles.AsNoTracking().Where(p => p.Id == invitation.InvitedById).Select(p => p.DisplayName).FirstAsync(ct);
            return new FundInvitationDetails(invitation.FundId, fundName, inviter, invitation.Role,
                invitation.StatusAt(clock.GetUtcNow().UtcDateTime), invitation.ExpiresAt);
        }
    }
}
