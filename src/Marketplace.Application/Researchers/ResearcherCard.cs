using Marketplace.Application.Common;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Researchers;

/// <summary>A researcher as the search lists them; never the salary. <see cref="Visibility"/> is given to administrators only.</summary>
public sealed record ResearcherCard(
    Guid Id, string DisplayName, LocalizedText Headline, LocalizedText Affiliation, string? AffiliationType,
    IReadOnlyList<string> ResearchAreas, IReadOnlyList<string> Skills, string? Degree, int? YearsExperience,
    IReadOnlyList<string> DesiredClusterKeys, bool OpenToRelocation, IReadOnlyList<string> PositionTypes, DateOnly? AvailableFrom,
    string? Visibility, DateTime UpdatedAt);
