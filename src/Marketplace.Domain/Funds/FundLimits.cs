namespace Marketplace.Domain.Funds;

/// <summary>The limits of a fund's profile, the same on its form and in the import.</summary>
public static class FundLimits
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 8000;
    public const int WebsiteMaxLength = 500;
}
