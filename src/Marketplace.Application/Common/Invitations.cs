using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Marketplace.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Common;

/// <summary>
/// The secret in an invitation link: 32 random bytes, URL-safe. Only its SHA-256 is stored, so
/// someone who reads the database cannot accept an invitation meant for another person.
/// </summary>
public static class InvitationTokens
{
    public static (string Token, string Hash) New()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Tokens this class makes: 43 characters of the URL-safe base64 alphabet. Anything else is not looked up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>The steps every kind of invitation (co-founders, fund teams) takes the same way.</summary>
public static class InvitationSteps
{
    /// <summary>An invitation to this address that nobody has answered, revoked or let lapse.</summary>
    public static Task<bool> AnyPendingForAsync<T>(this IQueryable<T> invitations, string normalizedEmail, DateTime now, CancellationToken ct)
        where T : class, IInvitation =>
        invitations.AnyAsync(i => i.Email == normalizedEmail && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now, ct);

    /// <summary>The invitation a link's token is for; a malformed or unknown token is 404 whatever is guessed.</summary>
    public static async Task<T> ByTokenAsync<T>(this IQueryable<T> invitations, string? token, CancellationToken ct) where T : class, IInvitation
    {
        if (!InvitationTokens.IsWellFormed(token))
            throw new NotFoundException("Invitation");
        var hash = InvitationTokens.Hash(token!);
        return await invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, ct) ?? throw new NotFoundException("Invitation");
    }

    /// <summary>
    /// Refuses a link that can no longer be used, with the area's own words
    /// (<c>{area}.InvitationUsed</c>, <c>.InvitationRevoked</c>, <c>.InvitationExpired</c>): who to ask for a new one differs.
    /// </summary>
    public static void EnsurePending(this IInvitation invitation, DateTime now, string area)
    {
        switch (invitation.StatusAt(now))
        {
            case InvitationStatus.Accepted: throw new DomainException(area + ".InvitationUsed");
            case InvitationStatus.Revoked: throw new DomainException(area + ".InvitationRevoked");
            case InvitationStatus.Expired: throw new DomainException(area + ".InvitationExpired");
        }
    }
}

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
