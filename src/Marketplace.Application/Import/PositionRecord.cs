using Marketplace.Application.Common;

namespace Marketplace.Application.Import;

/// <summary>
/// A position of the "positions" section, posted by a <paramref name="Startup"/> or a <paramref name="Fund"/>
/// (the key of exactly one). <paramref name="Cluster"/> is where the post is, required unless <paramref name="Remote"/>.
/// <paramref name="Deadline"/> is the last day to apply (yyyy-MM-dd). <paramref name="Status"/> defaults to draft.
/// Extensions of docs/import-format.md: <paramref name="Compensation"/>, <paramref name="VisaSupport"/>,
/// <paramref name="RelocationSupport"/>, <paramref name="PublishedAt"/> (published or closed positions; default:
/// the import's time) and <paramref name="ClosedReason"/> (closed positions: deadline, filled or withdrawn; default withdrawn).
/// </summary>
public sealed record PositionRecord(
    string Key,
    string? Startup,
    string? Fund,
    LocalizedJson? Title,
    LocalizedJson? Description,
    string? Type,
    IReadOnlyList<string?>? ResearchAreas,
    IReadOnlyList<string?>? Skills,
    string? MinDegree,
    int? MinYearsExperience,
    string? Cluster,
    bool? Remote,
    CompensationJson? Compensation,
    bool? VisaSupport,
    bool? RelocationSupport,
    string? Deadline,
    string? Status,
    DateTimeOffset? PublishedAt,
    string? ClosedReason) : IImportRecord;
