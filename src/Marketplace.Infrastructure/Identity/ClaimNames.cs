namespace Marketplace.Infrastructure.Identity;

public static class ClaimNames
{
    public const string DisplayName = "mp:display_name";
    public const string Culture = "mp:culture";
    public const string TimeZone = "mp:time_zone";
}
