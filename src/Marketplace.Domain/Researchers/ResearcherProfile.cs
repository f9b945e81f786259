using Marketplace.Domain.Common;

namespace Marketplace.Domain.Researchers;

/// <summary>
/// A researcher's talent profile (PRODUCT.md, IMPORT_FORMAT.md `researchers`). Its id is the
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

/// <summary>A publication: title, venue, year, and a DOI or a URL (validated on input).</summary>
public sealed record Publication(string Title, string? Venue, int? Year, string? Doi, string? Url);

/// <summary>
/// Who may see a researcher profile. Enforced by every list, search, page and export that shows
/// profiles: a hidden profile is never shown to anyone but its owner and administrators.
/// </summary>
public static class ResearcherVisibility
{
    /// <summary>Every signed-in founder and fund manager.</summary>
    public const string Public = "public";
    /// <summary>Only members of a startup or fund an administrator has verified.</summary>
    public const string VerifiedOrganisations = "verified-organisations";
    /// <summary>Nobody but the researcher and administrators.</summary>
    public const string Hidden = "hidden";

    public static readonly IReadOnlyList<string> All = [Public, VerifiedOrganisations, Hidden];

    /// <summary>
    /// The single rule, for one viewer. <paramref name="viewerMayBrowse"/> is true for signed-in
    /// founders and fund managers; <paramref name="viewerInVerifiedOrganisation"/> when the viewer
    /// belongs to a verified startup or fund.
    /// </summary>
    public static bool CanSee(string visibility, bool isOwnerOrAdmin, bool viewerMayBrowse, bool viewerInVerifiedOrganisation) =>
        isOwnerOrAdmin || visibility switch
        {
            Public => viewerMayBrowse,
            VerifiedOrganisations => viewerMayBrowse && viewerInVerifiedOrganisation,
            _ => false,
        };
}

/// <summary>A skill tag used by a profile or a position; kept so forms can suggest existing tags.</summary>
public sealed class SkillTag
{
    public const int MaxLength = 40;

    private SkillTag() { }

    public SkillTag(string name, DateTime now)
    {
        Name = name;
        CreatedAt = now;
    }

    /// <summary>The normalised tag (the key).</summary>
    public string Name { get; private set; } = null!;
    public DateTime CreatedAt { get; private set; }
}

public static class SkillTags
{
    /// <summary>Lower case, trimmed, inner whitespace collapsed to single hyphens: "Distributed Training" → "distributed-training".</summary>
    public static string Normalise(string raw)
    {
        var parts = raw.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join('-', parts);
    }
}
