using System.Globalization;
using System.Net;
using Marketplace.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Accounts;

/// <summary>The account e-mails, written in the recipient's own language.</summary>
public sealed class AccountEmails(IIdentityService identity, IAppLinks links, IEmailSender sender, IAppDbContext db, ILogger<AccountEmails> logger)
{
    public async Task SendConfirmationAsync(Guid userId, string email, string culture, CancellationToken ct)
    {
        var token = await identity.CreateEmailConfirmationTokenAsync(userId);
        if (token is null)
            return;
        await SendAsync(email, culture, "Email.Confirm.Subject", "Email.Confirm.Body", links.ConfirmEmail(userId, token), ct);
    }

    public async Task SendPasswordResetAsync(Guid userId, string email, string token, CancellationToken ct)
    {
        var culture = await db.UserProfiles.AsNoTracking().Where(p => p.Id == userId).Select(p => p.Culture).FirstOrDefaultAsync(ct) ?? "en";
        await SendAsync(email, culture, "Email.Reset.Subject", "Email.Reset.Body", links.ResetPassword(userId, token), ct);
    }

    /// <summary>
    /// Imported accounts have no password: the invitation carries a set-password link, which is
    /// a password-reset token (single use: setting the password changes the security stamp).
    /// </summary>
    public async Task SendInvitationAsync(Guid userId, string email, string culture, CancellationToken ct)
    {
        var token = await identity.CreatePasswordResetTokenAsync(email);
        if (token is not { } t || t.UserId != userId)
            return;
        await SendAsync(email, culture, "Email.Invite.Subject", "Email.Invite.Body", links.ResetPassword(userId, t.Token), ct);
    }

    private async Task SendAsync(string to, string culture, string subjectKey, string bodyKey, string link, CancellationToken ct)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var subject = Text.Get(subjectKey);
            var body = Text.Get(bodyKey);
            var html = $"<p>{WebUtility.HtmlEncode(body)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p>";
            await sender.SendAsync(new EmailMessage(to, subject, html, body + "\n\n" + link + "\n"), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A mail server that is down must not undo a registration, nor show on the forgot-password
            // page (that would tell which addresses have accounts): the operator reads it in the log.
            logger.LogError(e, "Could not send the e-mail {Subject} to {To}", subjectKey, to);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
