using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Notifications;
using Marketplace.Domain.Common;
using Marketplace.Domain.Startups;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

/// <summary>
/// A founder who holds the link joins the startup as an owner. The link is used up; the owners
/// are notified, each in their own language.
/// </summary>
public static class AcceptStartupInvitation
{
    public const string NotificationKind = "startup-invitation-accepted";

    [RequiresRole(RoleNames.Founder)]
    public sealed record Command(string Token) : ICommand<Guid>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, Notifier notifier, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var invitation = await db.StartupInvitations.ByTokenAsync(command.Token, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            invitation.EnsurePending(now, "Startups");
            if (await db.IsStartupOwnerAsync(invitation.StartupId, me, ct))
                throw new DomainException("Startups.AlreadyYourStartup");

            var owners = await db.StartupOwnerIdsAsync(invitation.StartupId, ct);
            invitation.AcceptedAt = now;
            invitation.AcceptedById = me;
            db.StartupMembers.Add(new StartupMember { StartupId = invitation.StartupId, UserId = me, JoinedAt = now });

            var name = await db.Startups.Where(s => s.Id == invitation.StartupId).Select(s => s.Name).FirstAsync(ct);
            var newcomer = await db.UserProfiles.Where(p => p.Id == me).Select(p => p.DisplayName).FirstAsync(ct);
            // The startup's name is stored in each reader's language: a notification's text is fixed once written.
            var cultures = await db.UserProfiles.Where(p => owners.Contains(p.Id)).Select(p => new { p.Id, p.Culture }).ToListAsync(ct);
            foreach (var owner in cultures)
                notifier.Notify(owner.Id, NotificationKind, $"/startups/{invitation.StartupId}/team", newcomer, name.For(owner.Culture));
            await db.SaveChangesAsync(ct);
            return invitation.StartupId;
        }
    }
}
