using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Notifications;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>
/// A fund manager who holds the link joins the fund's team in the role the invitation names. The
/// link is used up; the members are notified, each in their own language.
/// </summary>
public static class AcceptFundInvitation
{
    public const string NotificationKind = "fund-member-joined";

    [RequiresRole(RoleNames.FundManager)]
    public sealed record Command(string Token) : ICommand<Guid>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, Notifier notifier, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var invitation = await db.FundInvitations.ByTokenAsync(command.Token, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            invitation.EnsurePending(now, "Funds");
            if (await db.IsFundMemberAsync(invitation.FundId, me, ct))
                throw new DomainException("Funds.AlreadyYourFund");

            var members = await db.FundMemberIdsAsync(invitation.FundId, ct);
            invitation.AcceptedAt = now;
            invitation.AcceptedById = me;
            db.FundMembers.Add(new FundMember { FundId = invitation.FundId, UserId = me, Role = invitation.Role, JoinedAt = now });

            var name = await db.Funds.Where(f => f.Id == invitation.FundId).Select(f => f.Name).FirstAsync(ct);
            var newcomer = await db.UserProfiles.Where(p => p.Id == me).Select(p => p.DisplayName).FirstAsync(ct);
            // The fund's name is stored in each reader's language: a notification's text is fixed once written.
            var readers = await db.UserProfiles.Where(p => members.Contains(p.Id)).Select(p => new { p.Id, p.Culture }).ToListAsync(ct);
            foreach (var reader in readers)
                notifier.Notify(reader.Id, NotificationKind, $"/funds/{invitation.FundId}/team", newcomer, name.For(reader.Culture));
            await db.SaveChangesAsync(ct);
            return invitation.FundId;
        }
    }
}
