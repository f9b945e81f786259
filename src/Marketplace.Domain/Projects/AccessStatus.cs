namespace Marketplace.Domain.Projects;

public enum AccessStatus
{
    Requested,
    Granted,
    Declined,
    Revoked,
}
