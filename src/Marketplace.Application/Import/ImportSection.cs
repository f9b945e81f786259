using System.Text.Json;
using FluentValidation;
using Marketplace.Application.Common;

namespace Marketplace.Application.Import;

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
