using Marketplace.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Common;

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
