namespace Marketplace.Application.Import;

/// <summary>
/// A startup of the "startups" section: <paramref name="Owners"/> are keys of founder users,
/// <paramref name="Cluster"/> and <paramref name="WillingToRelocateTo"/> keys of clusters.
/// <paramref name="Verified"/> is an extension of docs/import-format.md, as for funds: the verified badge (researchers
/// may show their profile to verified organisations only); when absent an update keeps what administrators decided.
/// </summary>
public sealed record StartupRecord(
    string Key,
    IReadOnlyList<string?>? Owners,
    LocalizedJson? Name,
    string? Cluster,
    IReadOnlyList<string?>? Sectors,
    string? Stage,
    int? Founded,
    int? TeamSize,
    string? Website,
    LocalizedJson? Description,
    IReadOnlyList<string?>? WillingToRelocateTo,
    bool? Verified) : IImportRecord;
