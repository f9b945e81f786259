namespace Marketplace.Domain.Startups;

/// <summary>The limits of a startup's profile, the same on its form and in the import.</summary>
public static class StartupLimits
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 8000;
    public const int WebsiteMaxLength = 500;
    public const int FirstFoundedYear = 1900;
    public const int MaxTeamSize = 100_000;
    public const int MaxRelocationClusters = 20;
}
