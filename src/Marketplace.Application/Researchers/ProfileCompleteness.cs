using Marketplace.Domain.Researchers;

namespace Marketplace.Application.Researchers;

/// <summary>
/// The parts of a profile that count, by code (the dashboard names them from resources
/// "Completeness.&lt;code&gt;"). Links, the salary expectation and the visibility setting are
/// optional by nature and do not count. No profile at all is 0 % with everything missing.
/// </summary>
public static class ProfileCompleteness
{
    public const string Headline = "headline";
    public const string Summary = "summary";
    public const string Affiliation = "affiliation";
    public const string ResearchAreas = "research-areas";
    public const string Skills = "skills";
    public const string Degree = "degree";
    public const string Experience = "experience";
    public const string Publications = "publications";
    public const string Orcid = "orcid";
    public const string DesiredClusters = "desired-clusters";
    public const string PositionTypes = "position-types";
    public const string Availability = "availability";

    public static readonly IReadOnlyList<string> Parts =
    [
        Headline, Summary, Affiliation, ResearchAreas, Skills, Degree, Experience, Publications, Orcid, DesiredClusters, PositionTypes,
        Availability,
    ];

    public static Completeness Of(ResearcherProfile? profile)
    {
        if (profile is null)
            return new Completeness(0, Parts);
        var missing = Parts.Where(part => !IsFilled(profile, part)).ToList();
        var percent = (Parts.Count - missing.Count) * 100 / Parts.Count;
        return new Completeness(percent, missing);
    }

    private static bool IsFilled(ResearcherProfile p, string part) => part switch
    {
        Headline => !p.Headline.IsEmpty,
        Summary => !p.Summary.IsEmpty,
        // The affiliation counts with its type: "where" without "what kind of place" leaves posters guessing.
        Affiliation => !p.Affiliation.IsEmpty && p.AffiliationType is not null,
        ResearchAreas => p.ResearchAreas.Count > 0,
        Skills => p.Skills.Count > 0,
        Degree => p.Degree is not null,
        Experience => p.YearsExperience is not null,
        Publications => p.Publications.Count > 0,
        Orcid => p.Orcid is not null,
        DesiredClusters => p.DesiredClusterKeys.Count > 0,
        PositionTypes => p.PositionTypes.Count > 0,
        Availability => p.AvailableFrom is not null,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };
}
