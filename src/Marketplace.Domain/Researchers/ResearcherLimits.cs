namespace Marketplace.Domain.Researchers;

/// <summary>The limits of a researcher's profile, the same on its form and in the import.</summary>
public static class ResearcherLimits
{
    public const int HeadlineLength = 200;
    public const int SummaryLength = 4000;
    public const int AffiliationLength = 200;
    public const int PublicationTitleLength = 500;
    public const int VenueLength = 200;
    public const int LinkLength = 500;
    public const int FirstPublicationYear = 1900;
    public const int MaxYearsExperience = 60;
    /// <summary>A yearly salary beyond any currency's plausible figure (the largest rated currencies count in thousands per dollar).</summary>
    public const long MaxSalary = 100_000_000_000;
}
