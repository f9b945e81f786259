using Marketplace.Domain.Funds;

namespace Marketplace.Application.Import;

/// <summary>
/// A fund of the "funds" section: <paramref name="Managers"/> are keys of fund-manager users,
/// <paramref name="Cluster"/> the key of its home cluster. Extensions of docs/import-format.md:
/// <paramref name="Website"/>, <paramref name="Size"/> and <paramref name="Verified"/> (the badge; when
/// absent an update keeps what administrators decided).
/// </summary>
public sealed record FundRecord(
    string Key,
    IReadOnlyList<string?>? Managers,
    LocalizedJson? Name,
    string? Type,
    string? Cluster,
    LocalizedJson? Description,
    MandateJson? Mandate,
    string? Website,
    MoneyJson? Size,
    bool? Verified) : IImportRecord;
