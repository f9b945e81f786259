using System.Security.Cryptography;
using System.Text.Json;
using Marketplace.Application.Accounts;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

/// <summary>
/// Imports a <c>marketplace-import/1</c> file (docs/import-format.md). The whole file is checked first
/// (format, keys, fields, references between records); then the sections are imported in
/// dependency order, each record in a transaction of its own, so a bad record writes nothing and
/// the others still import. Every written record is entered in <see cref="ImportedRecord"/> with
/// the hash of its content: a record whose hash has not changed is skipped, which makes a second
/// run a no-op and a run that was stopped half-way resumable. Cancellation is honoured between
/// records, never inside one.
/// </summary>
public sealed class ImportRunner(
    IEnumerable<IImportSection> sections,
    IAppDbContext db,
    IUnitOfWork unitOfWork,
    IUseCaseContext useCase,
    ICurrentUser user,
    IPasswordBlocklist blocklist,
    TimeProvider clock)
{
    public const string UseCaseName = "Import";

    private const int MaxKeyLength = 128;

    /// <summary>Sections in the order they are imported: every section after those it depends on.</summary>
    public IReadOnlyList<IImportSection> Sections { get; } = Order(sections.ToList());

    /// <exception cref="ImportFileException">The file is not an import file; nothing was imported.</exception>
    /// <exception cref="InputValidationException">The options are not acceptable (e.g. a weak password for all).</exception>
    /// <exception cref="OperationCanceledException">Cancelled between two records; what was imported stays, a new run resumes.</exception>
    public async Task<ImportResult> RunAsync(Stream file, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        if (!user.IsSystem && !user.IsInRole(RoleNames.Admin))
            throw new ForbiddenException();
        CheckOptions(options);

        var (plan, fileErrors) = await ReadAsync(file, ct);
        await ValidateAsync(plan, ct);

        var total = plan.Sum(p => p.Entries.Count);
        var done = 0;
        var counts = new List<(string, ImportCounts)>();
        foreach (var (section, entries) in plan)
        {
            var sectionCounts = new ImportCounts();
            counts.Add((section.Name, sectionCounts));
            var sectionDone = 0;
            foreach (var entry in entries)
            {
                ct.ThrowIfCancellationRequested();
                var outcome = entry.Errors.Count > 0 ? ImportOutcome.Failed : await ImportAsync(section, entry, options);
                sectionCounts.Add(outcome);
                progress?.Report(new ImportProgress(section.Name, entry.Key, outcome, ++done, total, ++sectionDone, entries.Count));
            }
        }

        var errors = fileErrors.Concat(plan.SelectMany(p => p.Entries.SelectMany(e => e.Errors))).ToList();
        return new ImportResult(options.DryRun, counts, errors);
    }

    private void CheckOptions(ImportOptions options)
    {
        if (options.PasswordForAll is not { } password)
            return;
        var tooShort = password.Length is < PasswordRules.MinLength or > PasswordRules.MaxLength;
        if (tooShort || blocklist.Contains(password))
            throw InputValidationException.For("passwordForAll",
                tooShort ? Text.Format("Import.PasswordLength", PasswordRules.MinLength, PasswordRules.MaxLength) : Text.Get("Validation.CommonPassword"));
    }

    private sealed class Entry(int index, string key, bool hasKey)
    {
        public int Index { get; } = index;
        public string Key { get; } = key;
        /// <summary>False when the record is named by its position because its key is missing or unusable.</summary>
        public bool HasKey { get; } = hasKey;
        public IImportRecord? Record { get; set; }
        public string Hash { get; set; } = "";
        public List<ImportError> Errors { get; } = [];
        public bool IsValid => Record is not null && Errors.Count == 0;
    }

    private sealed record SectionPlan(IImportSection Section, List<Entry> Entries);

    private async Task<(List<SectionPlan> Plan, List<ImportError> FileErrors)> ReadAsync(Stream file, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(file, ImportJson.Document, ct);
        }
        catch (JsonException e)
        {
            throw new ImportFileException(Text.Format("Import.NotJson", e.Message), e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format)
                || format.ValueKind != JsonValueKind.String
                || format.GetString() != ImportJson.Format)
                throw new ImportFileException(Text.Format("Import.WrongFormat", ImportJson.Format));

            var byName = Sections.ToDictionary(s => s.Name, StringComparer.Ordinal);
            var found = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
            var fileErrors = new List<ImportError>();
            foreach (var property in root.EnumerateObject())
            {
                if (property.NameEquals("format"))
                    continue;
                if (!byName.ContainsKey(property.Name))
                    fileErrors.Add(new ImportError(property.Name, "", "", Text.Get("Import.UnknownSection")));
                else if (property.Value.ValueKind != JsonValueKind.Array)
                    fileErrors.Add(new ImportError(property.Name, "", "", Text.Get("Import.SectionNotList")));
                else
                {
                    if (!found.TryGetValue(property.Name, out var elements))
                        found[property.Name] = elements = [];
                    // Clone: the records outlive the document.
                    elements.AddRange(property.Value.EnumerateArray().Select(e => e.Clone()));
                }
            }

            var plan = Sections.Where(s => found.ContainsKey(s.Name))
                .Select(s => new SectionPlan(s, found[s.Name].Select((e, i) => Read(s, e, i)).ToList()))
                .ToList();
            return (plan, fileErrors);
        }
    }

    private static Entry Read(IImportSection section, JsonElement element, int index)
    {
        var key = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String
            ? k.GetString()!
            : "";
        // A record without a usable key is still named, by its position in the section.
        var usable = !string.IsNullOrWhiteSpace(key) && key.Length <= MaxKeyLength;
        var entry = new Entry(index, usable ? key : $"#{index + 1}", usable);
        void Fail(string field, string message) => entry.Errors.Add(new ImportError(section.Name, entry.Key, field, message));

        if (element.ValueKind != JsonValueKind.Object)
        {
            Fail("", Text.Get("Import.RecordNotObject"));
            return entry;
        }
        if (string.IsNullOrWhiteSpace(key))
            Fail("key", Text.Get("Import.KeyRequired"));
        else if (key.Length > MaxKeyLength)
            Fail("key", Text.Format("Import.KeyTooLong", MaxKeyLength));
        else if (key != key.Trim())
            Fail("key", Text.Get("Import.KeyWhitespace"));
        try
        {
            entry.Record = section.Read(element);
            entry.Hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(entry.Record, entry.Record.GetType(), ImportJson.Canonical)));
        }
        catch (JsonException e)
        {
            Fail(FieldOfJsonPath(e.Path), Text.Get(e.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "Import.UnknownField" : "Import.WrongType"));
        }
        return entry;
    }

    private async Task ValidateAsync(List<SectionPlan> plan, CancellationToken ct)
    {
        foreach (var (section, entries) in plan)
        {
            // A key twice in a section is ambiguous: neither record is taken.
            foreach (var duplicate in entries.Where(e => e.HasKey).GroupBy(e => e.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
                foreach (var entry in duplicate)
                    entry.Errors.Add(new ImportError(section.Name, entry.Key, "key", Text.Get("Import.DuplicateKey")));

            var readable = entries.Where(e => e.Record is not null).Select(e => e.Record!).ToList();
            foreach (var entry in entries.Where(e => e.IsValid))
                foreach (var error in await section.ValidateAsync(entry.Record!, readable, ct))
                    entry.Errors.Add(new ImportError(section.Name, entry.Key, FieldOfPropertyName(error.Field), error.Message));
        }

        // References last, in dependency order, so a record that refers to a bad record fails too.
        // Keys are looked up in a dictionary and each key in the database once: files refer to the same keys many times.
        var validInFile = plan.ToDictionary(
            p => p.Section.Name,
            p => p.Entries.Where(e => e.IsValid).ToDictionary(e => e.Key, StringComparer.Ordinal),
            StringComparer.Ordinal);
        var byName = Sections.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var inDatabase = new Dictionary<(string Section, string Key), Guid?>();
        foreach (var (section, entries) in plan)
            foreach (var entry in entries.Where(e => e.IsValid))
                foreach (var reference in section.References(entry.Record!))
                {
                    string? unmet;
                    if (!byName.TryGetValue(reference.Section, out var target))
                        unmet = Text.Format("Import.UnknownReference", reference.Section, reference.Key);
                    else if (validInFile.TryGetValue(reference.Section, out var targets) && targets.TryGetValue(reference.Key, out var inFile))
                        unmet = reference.Requirement is null ? null : target.Unmet(inFile.Record!, reference.Requirement);
                    else
                    {
                        if (!inDatabase.TryGetValue((reference.Section, reference.Key), out var id))
                            inDatabase[(reference.Section, reference.Key)] = id = await FindKeyAsync(target, reference.Key, ct);
                        unmet = id is null
                            ? Text.Format("Import.UnknownReference", reference.Section, reference.Key)
                            : reference.Requirement is null ? null : await target.UnmetAsync(id.Value, reference.Requirement, ct);
                    }
                    if (unmet is not null)
                        entry.Errors.Add(new ImportError(section.Name, entry.Key, reference.Field, unmet));
                }
    }

    /// <summary>The row a key names: the one an earlier import wrote, else one the section matches by key.</summary>
    private async Task<Guid?> FindKeyAsync(IImportSection section, string key, CancellationToken ct)
    {
        var ledger = await db.ImportedRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Section == section.Name && r.Key == key, ct);
        if (ledger is not null && await section.ExistsAsync(ledger.EntityId, ct))
            return ledger.EntityId;
        return await section.FindExistingAsync(key, ct);
    }

    /// <summary>One record in one transaction; whatever fails, nothing of the record stays and the next one starts clean.</summary>
    private async Task<ImportOutcome> ImportAsync(IImportSection section, Entry entry, ImportOptions options)
    {
        // A record is written whole or not at all: cancellation waits for the next record.
        var ct = CancellationToken.None;
        var previousUseCase = useCase.Current;
        useCase.Current = UseCaseName;
        try
        {
            var ledger = await db.ImportedRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Section == section.Name && r.Key == entry.Key, ct);
            Guid? existing = null;
            if (ledger is not null && await section.ExistsAsync(ledger.EntityId, ct))
            {
                if (ledger.Hash == entry.Hash)
                    return ImportOutcome.Unchanged;
                existing = ledger.EntityId;
            }
            existing ??= await section.FindExistingAsync(entry.Key, ct);
            if (options.DryRun)
                return existing is null ? ImportOutcome.Created : ImportOutcome.Updated;

            ImportWrite write;
            await using (await unitOfWork.BeginTransactionAsync(ct))
            {
                write = await section.WriteAsync(entry.Record!, existing, options, ct);
                var row = await db.ImportedRecords.FirstOrDefaultAsync(r => r.Section == section.Name && r.Key == entry.Key, ct);
                if (row is null)
                    db.ImportedRecords.Add(row = new ImportedRecord { Section = section.Name, Key = entry.Key });
                row.EntityId = write.EntityId;
                row.Hash = entry.Hash;
                row.ImportedAt = clock.GetUtcNow().UtcDateTime;
                await unitOfWork.CommitAsync(ct);
            }
            if (write.AfterCommit is not null)
            {
                try
                {
                    await write.AfterCommit(ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The record is in; only what follows it (an invitation) did not go out.
                    entry.Errors.Add(new ImportError(section.Name, entry.Key, "", Text.Format("Import.AfterCommitFailed", e.Message)));
                }
            }
            return write.Outcome;
        }
        catch (InputValidationException e)
        {
            // Identity may give one cause twice (e-mail and user name taken): each error is listed once.
            entry.Errors.AddRange(e.Errors.Select(f => new ImportError(section.Name, entry.Key, FieldOfPropertyName(f.Field), f.Message)).Distinct());
            return ImportOutcome.Failed;
        }
        catch (DomainException e)
        {
            entry.Errors.Add(new ImportError(section.Name, entry.Key, "", Text.Format(e.Code, [.. e.Args])));
            return ImportOutcome.Failed;
        }
        catch (Exception e) when (e is DbUpdateException or NotFoundException or ConcurrencyConflictException)
        {
            entry.Errors.Add(new ImportError(section.Name, entry.Key, "", Text.Format("Import.WriteFailed", (e.InnerException ?? e).Message)));
            return ImportOutcome.Failed;
        }
        finally
        {
            useCase.Current = previousUseCase;
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>"$.name.en" → "name.en".</summary>
    private static string FieldOfJsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    /// <summary>FluentValidation's "Name.En" → the file's "name.en".</summary>
    private static string FieldOfPropertyName(string name) =>
        string.Join('.', name.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    private static List<IImportSection> Order(List<IImportSection> all)
    {
        var byName = all.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var ordered = new List<IImportSection>();
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        void Visit(IImportSection section)
        {
            if (ordered.Contains(section))
                return;
            if (!visiting.Add(section.Name))
                throw new InvalidOperationException($"Import sections depend on each other in a cycle through '{section.Name}'.");
            foreach (var dependency in section.DependsOn)
                Visit(byName.TryGetValue(dependency, out var d)
                    ? d
                    : throw new InvalidOperationException($"Import section '{section.Name}' depends on unknown section '{dependency}'."));
            ordered.Add(section);
        }
        foreach (var section in all)
            Visit(section);
        return ordered;
    }
}
