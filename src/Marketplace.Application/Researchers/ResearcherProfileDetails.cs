using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Researchers;

namespace Marketplace.Application.Researchers;

/// <summary>
/// A profile as its page shows it. <see cref="Salary"/> and <see cref="Visibility"/> are filled for the
/// owner and administrators only; <see cref="AccountSuspended"/> is true only for the administrators who
/// alone still see a suspended account's profile.
/// </summary>
public sealed record ResearcherProfileDetails(
    Guid Id, string DisplayName, LocalizedText Headline, LocalizedText Summary, LocalizedText Affiliation, string? AffiliationType,
    IReadOnlyList<NamedCode> ResearchAreas, IReadOnlyList<string> Skills, string? Degree, int? YearsExperience,
    IReadOnlyList<Publication> Publications, string? Orcid, IReadOnlyList<string> Links, IReadOnlyList<NamedCode> DesiredClusters,
    bool OpenToRelocation, IReadOnlyList<string> PositionTypes, DateOnly? AvailableFrom, Money? Salary, string? Visibility,
    bool IsOwner, DateTime UpdatedAt, bool AccountSuspended);
