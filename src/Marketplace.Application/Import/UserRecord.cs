using Marketplace.Domain.Clusters;

namespace Marketplace.Application.Import;

/// <summary>
/// <paramref name="Cluster"/> (the key of the user's home cluster) is optional and an extension of
/// docs/import-format.md: cluster pages count their members by it. <paramref name="Culture"/> defaults to "en".
/// </summary>
public sealed record UserRecord(
    string Key, string? Email, string? DisplayName, string? Role, string? Culture, string? Cluster) : IImportRecord;
