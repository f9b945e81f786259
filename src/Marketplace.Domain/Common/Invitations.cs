namespace Marketplace.Domain.Common;

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
