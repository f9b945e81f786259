namespace Marketplace.Application.Startups;

/// <summary>
/// The fields a founder fills in for a startup, on the new and the edit form alike. The founded
/// year and the team size arrive as typed, so text that is not a number gets a message at its
/// field instead of silently becoming "not given".
/// </summary>
public interface IStartupFields
{
    string? NameEn { get; }
    string? NameZh { get; }
    string? DescriptionEn { get; }
    string? DescriptionZh { get; }
    string ClusterKey { get; }
    IReadOnlyList<string> Sectors { get; }
    string Stage { get; }
    string? FoundedYear { get; }
    string? TeamSize { get; }
    string? Website { get; }
    IReadOnlyList<string> RelocationClusterKeys { get; }
}
