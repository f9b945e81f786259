using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Funds;

/// <summary>
/// A partner invites another fund manager to the team, as a partner or an analyst. The e-mail
/// carries a link with a random token (only its hash is stored), valid for 14 days, written in the
/// invitee's language when they already have an account and in the inviter's otherwise.
/// </summary>
public static class InviteFundMember
{
    public sealed record Command(Guid FundId, string Email, string? Role) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Email).ValidEmail();
            RuleFor(x => x.Role).Must(r => r is not null && FundRoles.All.Contains(r)).WithMessage(_ => Text.Get("Validation.ChooseFundRole"));
        }
    }

    public sealed class Handler(
        IAppDbContext db, ICurrentUser user, IIdentityService identity, IAppLinks links, IEmailSender mail, TimeProvider clock, ILogger<Handler> logger)
        : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var fund = await db.Funds.AsNoTracking().Where(f => f.Id == command.FundId).Select(f => new { f.Id, f.Name }).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException("Fund");
            // The role first: only partners may learn who else was invited.
            if (!await db.IsFundPartnerAsync(fund.Id, me, ct))
                throw new ForbiddenException();

            var email = command.Email.Trim();
            var normalized = email.ToLowerInvariant();
            var now = clock.GetUtcNow().UtcDateTime;
            var inviteeId = await identity.FindUserIdByEmailAsync(email, ct);
            if (inviteeId is { } existing && await db.IsFundMemberAsync(fund.Id, existing, ct))
                throw InputValidationException.For(nameof(Command.Email), Text.Get("Funds.AlreadyMember"));
            if (await db.FundInvitations.Where(i => i.FundId == fund.Id).AnyPendingForAsync(normalized, now, ct))
                throw InputValidationException.For(nameof(Command.Email), Text.Get("Funds.AlreadyInvited"));

            var (token, hash) = InvitationTokens.New();
            db.FundInvitations.Add(new FundInvitation
            {
                FundId = fund.Id,
                Email = normalized,
                Role = command.Role!,
                TokenHash = hash,
                InvitedById = me,
                ExpiresAt = now + Invitations.ValidFor,
            });
            await db.SaveChangesAsync(ct);

            var sender = await InvitationMail.SenderAsync(db, me, inviteeId, ct);
            await InvitationMail.SendAsync(mail, logger, email, sender.Culture, () =>
                (Text.Format("Email.FundInvitation.Subject", fund.Name.For(sender.Culture)),
                 Text.Format("Email.FundInvitation.Body", sender.DisplayName, fund.Name.For(sender.Culture), Text.Get("FundRole." + command.Role),
                     Invitations.ValidFor.Days)),
                links.FundInvitation(token), ct);
            return Unit.Value;
        }
    }
}
