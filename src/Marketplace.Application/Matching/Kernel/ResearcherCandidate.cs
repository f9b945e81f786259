using Marketplace.Domain.Common;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>A researcher profile as the matching engine reads it (visibility: one of ResearcherVisibility's codes).</summary>
public sealed record ResearcherCandidate(
    Guid Id,
    string Visibility,
    IReadOnlyList<string> ResearchAreas,
    IReadOnlyList<string> Skills,
    string? Degree,
    int? YearsExperience,
    IReadOnlyList<string> DesiredClusterKeys,
    bool OpenToRelocation,
    IReadOnlyList<string> PositionTypes,
    LocalizedText Headline,
    LocalizedText Summary);
