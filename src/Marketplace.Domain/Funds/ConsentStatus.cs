namespace Marketplace.Domain.Funds;

public enum ConsentStatus
{
    Pending,
    Accepted,
    Declined,
    Withdrawn,
}
