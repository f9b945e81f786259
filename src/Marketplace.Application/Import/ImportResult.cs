namespace Marketplace.Application.Import;

/// <summary>
/// Counts per section (in the order the sections were imported) and every error. In a dry run the
/// created and updated counts say what a real run would do.
/// </summary>
public sealed class ImportResult(bool dryRun, IReadOnlyList<(string Section, ImportCounts Counts)> sections, IReadOnlyList<ImportError> errors)
{
    public bool DryRun { get; } = dryRun;
    public IReadOnlyList<(string Section, ImportCounts Counts)> Sections { get; } = sections;
    public IReadOnlyList<ImportError> Errors { get; } = errors;

    public int Created => Sections.Sum(s => s.Counts.Created);
    public int Updated => Sections.Sum(s => s.Counts.Updated);
    public int Unchanged => Sections.Sum(s => s.Counts.Unchanged);
    public int Failed => Sections.Sum(s => s.Counts.Failed);
    public bool Succeeded => Errors.Count == 0;

    public ImportCounts For(string section) => Sections.FirstOrDefault(s => s.Section == section).Counts ?? new ImportCounts();
}
