using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Startups;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Startups;

/// <summary>
/// An owner invites a co-founder by e-mail. The e-mail carries a link with a random token (only
/// its hash is stored), valid for 14 days, written in the invitee's language when they already
/// have an account and in the inviter's otherwise.
/// </summary>
public static class InviteCofounder
{
    public sealed record Command(Guid StartupId, string Email) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Email).ValidEmail();
    }

    public sealed class Handler(
        IAppDbContext db, ICurrentUser user, IIdentityService identity, IAppLinks links, IEmailSender mail, TimeProvider clock, ILogger<Handler> logger)
        : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var startup = await db.Startups.AsNoTracking().FirstOrDefaultAsync(s => s.Id == command.StartupId, ct) ?? throw new NotFoundException("Startup");
            // Ownership first: only owners may learn who else owns the startup or was invited to it.
            if (!await db.IsStartupOwnerAsync(startup.Id, me, ct))
                throw new ForbiddenException();

            var email = command.Email.Trim();
            var normalized = email.ToLowerInvariant();
            var now = clock.GetUtcNow().UtcDateTime;
            var inviteeId = await identity.FindUserIdByEmailAsync(email, ct);
            if (inviteeId is { } existing && await db.IsStartupOwnerAsync(startup.Id, existing, ct))
                throw InputValidationException.For(nameof(Command.Email), Text.Get("Startups.AlreadyOwner"));
            if (await db.StartupInvitations.Where(i => i.StartupId == startup.Id).AnyPendingForAsync(normalized, now, ct))
                throw InputValidationException.For(nameof(Command.Email), Text.Get("Startups.AlreadyInvited"));

            var (token, hash) = InvitationTokens.New();
            db.StartupInvitations.Add(new StartupInvitation
            {
                StartupId = startup.Id,
                Email = normalized,
                TokenHash = hash,
                InvitedById = me,
                ExpiresAt = now + Invitations.ValidFor,
            });
            await db.SaveChangesAsync(ct);

            var sender = await InvitationMail.SenderAsync(db, me, inviteeId, ct);
            await InvitationMail.SendAsync(mail, logger, email, sender.Culture, () =>
                (Text.Format("Email.StartupInvitation.Subject", startup.Name.For(sender.Culture)),
                 Text.Format("Email.StartupInvitation.Body", sender.DisplayName, startup.Name.For(sender.Culture), Invitations.ValidFor.Days)),
                links.StartupInvitation(token), ct);
            return Unit.Value;
        }
    }
}
