using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Import;

/// <summary>What a section's record has in common: the external id, unique within its section.</summary>
public interface IImportRecord
{
    string Key { get; }
}

/// <summary>Text users read, as the import format writes it: <c>{"en": "...", "zh": "..."}</c>.</summary>
public sealed record LocalizedJson(string? En, string? Zh)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(En) && string.IsNullOrWhiteSpace(Zh);

    public LocalizedText ToText() => new(string.IsNullOrWhiteSpace(En) ? null : En.Trim(), string.IsNullOrWhiteSpace(Zh) ? null : Zh.Trim());
}

/// <summary>
/// A dry run checks and reports without writing. <see cref="PasswordForAll"/> gives every account
/// the import creates that password instead of an invitation; callers allow it in Development only.
/// </summary>
public sealed record ImportOptions(bool DryRun = false, string? PasswordForAll = null);

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
    Failed,
}

/// <summary>A problem with one record (or, with an empty key, with a whole section), named as section/key/field.</summary>
public sealed record ImportError(string Section, string Key, string Field, string Message)
{
    public override string ToString() => $"{Section}/{Key}/{Field}: {Message}";
}

/// <summary>Reported after every record, so a caller can draw a progress bar (and cancel between records).</summary>
public sealed record ImportProgress(string Section, string Key, ImportOutcome Outcome, int Done, int Total, int SectionDone, int SectionTotal);

public sealed class ImportCounts
{
    public int Created { get; internal set; }
    public int Updated { get; internal set; }
    public int Unchanged { get; internal set; }
    public int Failed { get; internal set; }
    public int Total => Created + Updated + Unchanged + Failed;

    internal void Add(ImportOutcome outcome)
    {
        switch (outcome)
        {
            case ImportOutcome.Created: Created++; break;
            case ImportOutcome.Updated: Updated++; break;
            case ImportOutcome.Unchanged: Unchanged++; break;
            default: Failed++; break;
        }
    }
}

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

/// <summary>The file cannot be read as an import file at all (not JSON, wrong format marker): nothing was imported.</summary>
public sealed class ImportFileException(string message, Exception? inner = null) : Exception(message, inner);

internal static class ImportText
{
    public static string UnknownCode(string? value, IEnumerable<string> codes) =>
        Text.Format("Import.UnknownCode", value ?? "", string.Join(", ", codes));
}

public static class ImportJson
{
    public const string Format = "marketplace-import/1";

    /// <summary>Records are read strictly: an unknown field is reported rather than silently dropped.</summary>
    public static readonly JsonSerializerOptions Records = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>The record as the hash sees it: the same data always gives the same bytes, whatever the file's layout.</summary>
    internal static readonly JsonSerializerOptions Canonical = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static readonly JsonDocumentOptions Document = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
}
