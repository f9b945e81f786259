using System.Text.Json;
using FluentValidation;
using Marketplace.Application.Common;

namespace Marketplace.Application.Import;

/// <summary>
/// A record refers to another by key: <paramref name="Field"/> of this record names <paramref name="Key"/> in <paramref name="Section"/>.
/// With a <paramref name="Requirement"/> the other record must also meet it (what it means is the target section's business,
/// e.g. a user's role: a startup's owners must be founders).
/// </summary>
public sealed record ImportReference(string Field, string Section, string Key, string? Requirement = null);

/// <summary>
/// What writing one record did. <paramref name="AfterCommit"/> runs once the record's transaction
/// has committed (e-mails: never sent for a record that was rolled back).
/// </summary>
public sealed record ImportWrite(Guid EntityId, ImportOutcome Outcome, Func<CancellationToken, Task>? AfterCommit = null);

/// <summary>
/// One section of the import file (IMPORT_FORMAT.md). The runner finds every implementation in the
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

/// <summary>A section of typed records, checked by the record type's FluentValidation validator.</summary>
public abstract class ImportSection<TRecord>(IEnumerable<IValidator<TRecord>> validators) : IImportSection
    where TRecord : class, IImportRecord
{
    public abstract string Name { get; }

    public virtual IReadOnlyList<string> DependsOn => [];

    public IImportRecord Read(JsonElement element) =>
        element.Deserialize<TRecord>(ImportJson.Records) ?? throw new JsonException("A record must be an object.");

    public async Task<IReadOnlyList<FieldError>> ValidateAsync(IImportRecord record, IReadOnlyList<IImportRecord> section, CancellationToken ct)
    {
        var typed = (TRecord)record;
        var errors = new List<FieldError>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRecord>(typed), ct);
            errors.AddRange(result.Errors.Select(f => new FieldError(f.PropertyName, f.ErrorMessage)));
        }
        errors.AddRange(CheckAcross(typed, section.Cast<TRecord>().ToList()));
        return errors;
    }

    /// <summary>Rules that need the other records of the section (e.g. one e-mail address per account).</summary>
    protected virtual IEnumerable<FieldError> CheckAcross(TRecord record, IReadOnlyList<TRecord> section) => [];

    public IEnumerable<ImportReference> References(IImportRecord record) => References((TRecord)record);

    protected virtual IEnumerable<ImportReference> References(TRecord record) => [];

    public string? Unmet(IImportRecord target, string requirement) => Unmet((TRecord)target, requirement);

    /// <summary>A section whose records others refer to with a requirement overrides both <c>Unmet</c> methods.</summary>
    protected virtual string? Unmet(TRecord target, string requirement) => null;

    public virtual Task<string?> UnmetAsync(Guid entityId, string requirement, CancellationToken ct) => Task.FromResult<string?>(null);

    public abstract Task<Guid?> FindExistingAsync(string key, CancellationToken ct);

    public abstract Task<bool> ExistsAsync(Guid entityId, CancellationToken ct);

    public Task<ImportWrite> WriteAsync(IImportRecord record, Guid? existingId, ImportOptions options, CancellationToken ct) =>
        WriteAsync((TRecord)record, existingId, options, ct);

    protected abstract Task<ImportWrite> WriteAsync(TRecord record, Guid? existingId, ImportOptions options, CancellationToken ct);
}
