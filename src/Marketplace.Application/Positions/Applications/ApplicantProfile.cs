using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Researchers;

namespace Marketplace.Application.Positions.Applications;

/// <summary>
/// What the poster sees of an applicant's profile. Applying shares it whatever its visibility (the
/// one exception to <see cref="ResearcherVisibility"/>, on these pages only); the salary expectation
/// stays private.
/// </summary>
public sealed record ApplicantProfile(
    LocalizedText Headline, LocalizedText Summary, LocalizedText Affiliation, string? AffiliationType,
    IReadOnlyList<LocalizedText> ResearchAreas, IReadOnlyList<string> Skills, string? Degree, int? YearsExperience,
    IReadOnlyList<Publication> Publications, string? Orcid, IReadOnlyList<string> Links, IReadOnlyList<LocalizedText> DesiredClusters,
    bool OpenToRelocation, IReadOnlyList<string> PositionTypes, DateOnly? AvailableFrom);
