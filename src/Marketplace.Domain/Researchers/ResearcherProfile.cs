using Marketplace.Domain.Common;

namespace Marketplace.Domain.Researchers;

/// <summary>
/// A researcher's talent profile (docs/import-format.md `researchers`). Its id is the
/// user's id: one profile per researcher account. Who may see it is decided by
/// <see cref="Visibility"/> (see <see cref="ResearcherVisibility"/>); the salary expectation is
/// private to its owner and administrators.
/// </summary>
public sealed class ResearcherProfile : AuditedEntity
{
    public const int MaxResearchAreas = 6;
    public const int MaxSkills = 20;
    public const int MaxPublications = 30;
    public const int MaxLinks = 8;
    public const int MaxDesiredClusters = 9;

    private ResearcherProfile() { }

    public ResearcherProfile(Guid userId) => Id = userId;

    public LocalizedText Headline { get; set; } = LocalizedText.Empty;
    public LocalizedText Summary { get; set; } = LocalizedText.Empty;
    /// <summary>The lab, university or company the researcher works at now.</summary>
    public LocalizedText Affiliation { get; set; } = LocalizedText.Empty;
    /// <summary>One of <see cref="Codes.AffiliationTypes"/>, or null when not given.</summary>
    public string? AffiliationType { get; set; }
    /// <summary>Research-area codes (taxonomy terms of kind ResearchArea).</summary>
    public List<string> ResearchAreas { get; set; } = [];
    /// <summary>Free skill tags, normalised by <see cref="SkillTags.Normalise"/>.</summary>
    public List<string> Skills { get; set; } = [];
    /// <summary>One of <see cref="Codes.Degrees"/>, or null when not given.</summary>
    public string? Degree { get; set; }
    public int? YearsExperience { get; set; }
    public List<Publication> Publications { get; set; } = [];
    /// <summary>ORCID iD as 0000-0000-0000-000X (check digit verified on input).</summary>
    public string? Orcid { get; set; }
    /// <summary>Absolute http(s) links (home page, Google Scholar, GitHub...).</summary>
    public List<string> Links { get; set; } = [];
    /// <summary>Cluster keys the researcher would like to work in.</summary>
    public List<string> DesiredClusterKeys { get; set; } = [];
    public bool OpenToRelocation { get; set; }
    /// <summary>Position-type codes the researcher wants (<see cref="Codes.PositionTypes"/>).</summary>
    public List<string> PositionTypes { get; set; } = [];
    public DateOnly? AvailableFrom { get; set; }
    /// <summary>Private: yearly salary expectation, whole units of <see cref="SalaryExpectationCurrency"/>.</summary>
    public long? SalaryExpectationAmount { get; set; }
    public string? SalaryExpectationCurrency { get; set; }
    /// <summary>One of <see cref="ResearcherVisibility"/>'s codes.</summary>
    public string Visibility { get; set; } = ResearcherVisibility.Hidden;
    public string? ImportKey { get; set; }
}
