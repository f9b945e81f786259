namespace Marketplace.Domain.Common;

public enum InvitationStatus
{
    Pending,
    Accepted,
    Revoked,
    Expired,
}
