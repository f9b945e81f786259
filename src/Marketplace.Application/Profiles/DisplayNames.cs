namespace Marketplace.Application.Profiles;

public static class DisplayNames
{
    public const int MaxLength = 80;
}
