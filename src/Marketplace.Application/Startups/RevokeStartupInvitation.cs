using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

/// <summary>An owner takes back an invitation nobody has accepted yet; its link stops working. The row stays (history).</summary>
public static class RevokeStartupInvitation
{
    public sealed record Command(Guid StartupId, Guid InvitationId) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            if (!await db.Startups.AnyAsync(s => s.Id == command.StartupId, ct))
                throw new NotFoundException("Startup");
            if (!await db.IsStartupOwnerAsync(command.StartupId, user.Id, ct))
                throw new ForbiddenException();
            var now = clock.GetUtcNow().UtcDateTime;
            var invitation = await db.StartupInvitations.FirstOrDefaultAsync(i => i.Id == command.InvitationId && i.StartupId == command.StartupId, ct);
            // Only a pending invitation can be revoked; an accepted, expired or revoked one is no longer on the team page.
            if (invitation is null || invitation.StatusAt(now) != InvitationStatus.Pending)
                throw new NotFoundException("Invitation");
            invitation.RevokedAt = now;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
