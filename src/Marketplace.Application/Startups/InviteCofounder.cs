using System.Globalization;
using System.Net;
using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Common;
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
            if (await db.StartupInvitations.AnyAsync(i => i.StartupId == startup.Id && i.Email == normalized
                    && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now, ct))
                throw InputValidationException.For(nameof(Command.Email), Text.Get("Startups.AlreadyInvited"));

            var (token, hash) = InvitationTokens.New();
            db.StartupInvitations.Add(new StartupInvitation
            {
                StartupId = startup.Id,
                Email = normalized,
                TokenHash = hash,
                InvitedById = me,
                ExpiresAt = now + StartupInvitations.ValidFor,
            });
            await db.SaveChangesAsync(ct);

            var inviter = await db.UserProfiles.AsNoTracking().Where(p => p.Id == me).Select(p => new { p.DisplayName, p.Culture }).FirstAsync(ct);
            var culture = inviteeId is { } id
                ? await db.UserProfiles.AsNoTracking().Where(p => p.Id == id).Select(p => p.Culture).FirstOrDefaultAsync(ct) ?? inviter.Culture
                : inviter.Culture;
            await SendAsync(email, culture, inviter.DisplayName, startup.Name.For(culture), links.StartupInvitation(token), ct);
            return Unit.Value;
        }

        private async Task SendAsync(string to, string culture, string inviter, string startup, string link, CancellationToken ct)
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            try
            {
                var subject = Text.Format("Email.StartupInvitation.Subject", startup);
                var body = Text.Format("Email.StartupInvitation.Body", inviter, startup, StartupInvitations.ValidFor.Days);
                var html = $"<p>{WebUtility.HtmlEncode(body)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p>";
                await mail.SendAsync(new EmailMessage(to, subject, html, body + "\n\n" + link + "\n"), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The invitation stays listed as pending on the team page: the owner can revoke it and invite again.
                logger.LogError(e, "Could not send the startup invitation to {To}", to);
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }
    }
}
