namespace Marketplace.Application.Import;

public sealed record ClusterRecord(
    string Key, LocalizedJson? Name, string? Country, string? Region, string? Mode, LocalizedJson? Description) : IImportRecord;
