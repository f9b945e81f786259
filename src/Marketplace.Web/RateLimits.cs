namespace Marketplace.Web;

public static class RateLimits
{
    public const string Account = "account";
}
