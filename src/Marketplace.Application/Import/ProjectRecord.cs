namespace Marketplace.Application.Import;

/// <summary>
/// A project of the "projects" section. Extensions of docs/import-format.md: <paramref name="Traction"/>,
/// <paramref name="PublishedAt"/> (published or closed projects; default: the import's time) and
/// <paramref name="ClosedReason"/> (closed projects: funded or withdrawn, default withdrawn).
/// <paramref name="Status"/> defaults to draft, so nothing is published by omission.
/// </summary>
public sealed record ProjectRecord(
    string Key,
    string? Startup,
    LocalizedJson? Title,
    LocalizedJson? Summary,
    MoneyJson? Seeking,
    string? Instrument,
    string? Stage,
    LocalizedJson? UseOfFunds,
    string? Status,
    ConfidentialJson? Confidential,
    IReadOnlyList<TractionJson?>? Traction,
    DateTimeOffset? PublishedAt,
    string? ClosedReason) : IImportRecord;
