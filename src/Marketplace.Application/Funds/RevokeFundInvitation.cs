using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>A partner takes back an invitation nobody has accepted yet; its link stops working. The row stays (history).</summary>
public static class RevokeFundInvitation
{
    public sealed record Command(Guid FundId, Guid InvitationId) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            if (!await db.Funds.AnyAsync(f => f.Id == command.FundId, ct))
                throw new NotFoundException("Fund");
            if (!await db.IsFundPartnerAsync(command.FundId, user.Id, ct))
                throw new ForbiddenException();
            var now = clock.GetUtcNow().UtcDateTime;
            var invitation = await db.FundInvitations.FirstOrDefaultAsync(i => i.Id == command.InvitationId && i.FundId == command.FundId, ct);
            // Only a pending invitation can be revoked; an accepted, expired or revoked one is no longer on the team page.
            if (invitation is null || invitation.StatusAt(now) != InvitationStatus.Pending)
                throw new NotFoundException("Invitation");
            invitation.RevokedAt = now;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
