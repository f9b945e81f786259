using Marketplace.Application.Common;
using Marketplace.Domain.Researchers;

namespace Marketplace.Application.Researchers;

/// <summary>
/// The researcher's own profile as the edit form shows it (codes, not names). <see cref="Version"/>
/// is null while no profile was saved: the form is empty, with visibility hidden, and nothing is created until it is saved.
/// </summary>
public sealed record ResearcherProfileEdit(
    string? HeadlineEn, string? HeadlineZh, string? SummaryEn, string? SummaryZh, string? AffiliationEn, string? AffiliationZh,
    string? AffiliationType, IReadOnlyList<string> ResearchAreas, IReadOnlyList<string> Skills, string? Degree, int? YearsExperience,
    IReadOnlyList<Publication> Publications, string? Orcid, IReadOnlyList<string> Links, IReadOnlyList<string> DesiredClusterKeys,
    bool OpenToRelocation, IReadOnlyList<string> PositionTypes, DateOnly? AvailableFrom, long? SalaryExpectationAmount,
    string? SalaryExpectationCurrency, string Visibility, int? Version, Guid Id, ResearcherChoices Choices);
