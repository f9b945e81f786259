namespace Marketplace.Domain.Common;

/// <summary>
/// An invitation by e-mailed link to join something (a startup's owners, a fund's team). The link
/// carries a random token; only its SHA-256 is stored.
/// </summary>
public interface IInvitation
{
    /// <summary>The invited address, lower-case.</summary>
    string Email { get; }
    string TokenHash { get; }
    DateTime ExpiresAt { get; }
    DateTime? AcceptedAt { get; }
    DateTime? RevokedAt { get; }
}

public enum InvitationStatus
{
    Pending,
    Accepted,
    Revoked,
    Expired,
}

public static class Invitations
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(14);

    /// <summary>What became of an invitation: used and revoked ones stay so; an open one lapses at <see cref="IInvitation.ExpiresAt"/>.</summary>
    public static InvitationStatus StatusAt(this IInvitation invitation, DateTime now) =>
        invitation.AcceptedAt is not null ? InvitationStatus.Accepted
        : invitation.RevokedAt is not null ? InvitationStatus.Revoked
        : now >= invitation.ExpiresAt ? InvitationStatus.Expired
        : InvitationStatus.Pending;
}
