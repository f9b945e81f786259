using Marketplace.Application.Common;
using Marketplace.Domain.Researchers;

namespace Marketplace.Application.Import;

/// <summary>
/// A researcher profile of the "researchers" section. <paramref name="User"/> is the key of a user with the role
/// researcher: the profile is that account's, one per account. <paramref name="AvailableFrom"/> is a date
/// (yyyy-MM-dd); <paramref name="SalaryExpectation"/> is private to the researcher and administrators.
/// <paramref name="Visibility"/> defaults to hidden for a new profile; an update whose record does not name one
/// keeps what the researcher chose on the site.
/// </summary>
public sealed record ResearcherRecord(
    string Key,
    string? User,
    LocalizedJson? Headline,
    LocalizedJson? Summary,
    LocalizedJson? Affiliation,
    string? AffiliationType,
    IReadOnlyList<string?>? ResearchAreas,
    IReadOnlyList<string?>? Skills,
    string? Degree,
    int? YearsExperience,
    string? Orcid,
    IReadOnlyList<PublicationJson?>? Publications,
    IReadOnlyList<string?>? Links,
    IReadOnlyList<string?>? DesiredClusters,
    bool? OpenToRelocation,
    IReadOnlyList<string?>? PositionTypes,
    string? AvailableFrom,
    MoneyJson? SalaryExpectation,
    string? Visibility) : IImportRecord;
