using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Common;

/// <summary>The invitation e-mail: a short text and the link, in the language the invitee reads.</summary>
public static class InvitationMail
{
    public sealed record Sender(string DisplayName, string Culture);

    /// <summary>The inviter's name, and the e-mail's language: the invitee's when they already have an account, else the inviter's.</summary>
    public static async Task<Sender> SenderAsync(IAppDbContext db, Guid inviterId, Guid? inviteeId, CancellationToken ct)
    {
        var inviter = await db.UserProfiles.AsNoTracking().Where(p => p.Id == inviterId).Select(p => new { p.DisplayName, p.Culture }).FirstAsync(ct);
        var culture = inviteeId is { } id
            ? await db.UserProfiles.AsNoTracking().Where(p => p.Id == id).Select(p => p.Culture).FirstOrDefaultAsync(ct) ?? inviter.Culture
            : inviter.Culture;
        return new Sender(inviter.DisplayName, culture);
    }

    /// <summary>
    /// Writes the e-mail in <paramref name="culture"/> and sends it. A failure to send is logged, not
    /// thrown: the invitation stays pending on the team page, where it can be revoked and sent again.
    /// </summary>
    public static async Task SendAsync(
        IEmailSender mail, ILogger logger, string to, string culture, Func<(string Subject, string Body)> compose, string link, CancellationToken ct)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var (subject, body) = compose();
            var html = $"<p>{WebUtility.HtmlEncode(body)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p>";
            await mail.SendAsync(new EmailMessage(to, subject, html, body + "\n\n" + link + "\n"), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not send the invitation to {To}", to);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
