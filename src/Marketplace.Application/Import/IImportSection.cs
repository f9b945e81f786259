using System.Text.Json;
using Marketplace.Application.Common;

namespace Marketplace.Application.Import;

/// <summary>
/// One section of the import file (docs/import-format.md). The runner finds every implementation in the
/// application assembly, orders them by <see cref="DependsOn"/>, and calls them record by record;
/// a later issue adds a section by adding one class (derive from <see cref="ImportSection{TRecord}"/>).
/// </summary>
public interface IImportSection
{
    /// <summary>The section's name in the file, e.g. "users".</summary>
    string Name { get; }

    /// <summary>Sections whose records this one refers to; they are imported first.</summary>
    IReadOnlyList<string> DependsOn { get; }

    /// <summary>Reads one record; throws <see cref="JsonException"/> when its shape is wrong.</summary>
    IImportRecord Read(JsonElement element);

    /// <summary>Field errors of one record; <paramref name="section"/> is every readable record of the section, for rules across records.</summary>
    Task<IReadOnlyList<FieldError>> ValidateAsync(IImportRecord record, IReadOnlyList<IImportRecord> section, CancellationToken ct);

    IEnumerable<ImportReference> References(IImportRecord record);

    /// <summary>Why a record of this section in the file does not meet <paramref name="requirement"/>, or null when it does.</summary>
    string? Unmet(IImportRecord target, string requirement);

    /// <summary>Why the row an earlier import (or the site) wrote does not meet <paramref name="requirement"/>, or null when it does.</summary>
    Task<string?> UnmetAsync(Guid entityId, string requirement, CancellationToken ct);

    /// <summary>A row this key matches when no earlier import recorded one (e.g. a reference cluster with the same key).</summary>
    Task<Guid?> FindExistingAsync(string key, CancellationToken ct);

    /// <summary>Whether the row an earlier import wrote is still there.</summary>
    Task<bool> ExistsAsync(Guid entityId, CancellationToken ct);

    /// <summary>Creates the row (<paramref name="existingId"/> null) or updates it; the runner saves and commits.</summary>
    Task<ImportWrite> WriteAsync(IImportRecord record, Guid? existingId, ImportOptions options, CancellationToken ct);
}
