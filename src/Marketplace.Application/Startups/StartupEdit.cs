namespace Marketplace.Application.Startups;

/// <summary>A startup's fields as its owners edit them (codes, not names), with the version the form sends back.</summary>
public sealed record StartupEdit(
    Guid Id, string? NameEn, string? NameZh, string? DescriptionEn, string? DescriptionZh, string ClusterKey,
    IReadOnlyList<string> Sectors, string Stage, int? FoundedYear, int? TeamSize, string? Website,
    IReadOnlyList<string> RelocationClusterKeys, bool HasLogo, int Version, StartupChoices Choices);
