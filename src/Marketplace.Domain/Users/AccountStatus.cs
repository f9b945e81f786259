namespace Marketplace.Domain.Users;

public enum AccountStatus
{
    Active,
    Suspended,
}
