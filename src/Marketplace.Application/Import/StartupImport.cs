using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Startups;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

/// <summary>
/// A startup of the "startups" section: <paramref name="Owners"/> are keys of founder users,
/// <paramref name="Cluster"/> and <paramref name="WillingToRelocateTo"/> keys of clusters.
/// <paramref name="Verified"/> is an extension of IMPORT_FORMAT.md, as for funds: the verified badge (researchers
/// may show their profile to verified organisations only); when absent an update keeps what administrators decided.
/// </summary>
public sealed record StartupRecord(
    string Key,
    IReadOnlyList<string?>? Owners,
    LocalizedJson? Name,
    string? Cluster,
    IReadOnlyList<string?>? Sectors,
    string? Stage,
    int? Founded,
    int? TeamSize,
    string? Website,
    LocalizedJson? Description,
    IReadOnlyList<string?>? WillingToRelocateTo,
    bool? Verified) : IImportRecord;

public sealed class StartupRecordValidator : AbstractValidator<StartupRecord>
{
    public const int MaxOwners = 20;

    public StartupRecordValidator(ImportCodes codes, TimeProvider clock)
    {
        RuleFor(x => x.Owners).NotNull().WithMessage(_ => Text.Get("Import.OwnersRequired"));
        RuleFor(x => x.Owners!).Must(o => o.Count is > 0 and <= MaxOwners).When(x => x.Owners is not null)
            .WithMessage(_ => Text.Format("Import.OwnersCount", MaxOwners));
        RuleForEach(x => x.Owners).NotEmpty();
        RuleFor(x => x.Owners).Must(Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));

        RuleFor(x => x.Name).NotNull().WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Name!).Must(n => !n.IsEmpty).When(x => x.Name is not null).WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Name!.En).MaximumLength(StartupLimits.NameMaxLength).When(x => x.Name is not null);
        RuleFor(x => x.Name!.Zh).MaximumLength(StartupLimits.NameMaxLength).When(x => x.Name is not null);
        RuleFor(x => x.Description!.En).MaximumLength(StartupLimits.DescriptionMaxLength).When(x => x.Description is not null);
        RuleFor(x => x.Description!.Zh).MaximumLength(StartupLimits.DescriptionMaxLength).When(x => x.Description is not null);

        RuleFor(x => x.Cluster).NotEmpty();
        RuleFor(x => x.Sectors).NotNull().WithMessage(_ => Text.Format("Import.SectorCount", Startup.MaxSectors));
        RuleFor(x => x.Sectors!).Must(s => s.Count is > 0 and <= Startup.MaxSectors).When(x => x.Sectors is not null)
            .WithMessage(_ => Text.Format("Import.SectorCount", Startup.MaxSectors));
        RuleForEach(x => x.Sectors).MustAsync(codes.IsSectorAsync)
            .WithMessage((_, sector) => ImportText.UnknownCode(sector, codes.Sectors));
        RuleFor(x => x.Sectors).Must(Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
        RuleFor(x => x.Stage).Must(s => Codes.Stages.Contains(s)).WithMessage(x => ImportText.UnknownCode(x.Stage, Codes.Stages));
        RuleFor(x => x.Founded).InclusiveBetween(StartupLimits.FirstFoundedYear, clock.GetUtcNow().Year)
            .When(x => x.Founded is not null)
            .WithMessage(_ => Text.Format("Import.FoundedYear", StartupLimits.FirstFoundedYear, clock.GetUtcNow().Year));
        RuleFor(x => x.TeamSize).InclusiveBetween(1, StartupLimits.MaxTeamSize).When(x => x.TeamSize is not null);
        RuleFor(x => x.Website).MaximumLength(StartupLimits.WebsiteMaxLength).Must(IsWebAddress).When(x => x.Website is not null)
            .WithMessage(_ => Text.Get("Import.WebsiteUrl"));
        RuleForEach(x => x.WillingToRelocateTo).NotEmpty();
        RuleFor(x => x.WillingToRelocateTo).Must(Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
    }

    internal static bool Distinct(IReadOnlyList<string?>? values) =>
        values is null || values.Distinct(StringComparer.Ordinal).Count() == values.Count;

    public static bool IsWebAddress(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}

/// <summary>
/// The "startups" section. A startup is matched by its key. Its owners (founder users, by key) become
/// its members; an update adds owners the file names and removes none, so a co-founder who joined on
/// the site keeps the startup.
/// </summary>
public sealed class StartupImport(IEnumerable<IValidator<StartupRecord>> validators, IAppDbContext db, TimeProvider clock)
    : ImportSection<StartupRecord>(validators)
{
    public const string Section = "startups";

    private Dictionary<string, Guid>? clusterIds;

    public override string Name => Section;

    public override IReadOnlyList<string> DependsOn => [ClusterImport.Section, UserImport.Section];

    protected override IEnumerable<ImportReference> References(StartupRecord record)
    {
        if (!string.IsNullOrEmpty(record.Cluster))
            yield return new ImportReference("cluster", ClusterImport.Section, record.Cluster);
        foreach (var owner in (record.Owners ?? []).OfType<string>().Where(o => o.Length > 0))
            yield return new ImportReference("owners", UserImport.Section, owner, RoleNames.Founder);
        foreach (var cluster in (record.WillingToRelocateTo ?? []).OfType<string>().Where(c => c.Length > 0))
            yield return new ImportReference("willingToRelocateTo", ClusterImport.Section, cluster);
    }

    public override async Task<Guid?> FindExistingAsync(string key, CancellationToken ct) =>
        await db.Startups.Where(s => s.ImportKey == key).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);

    public override Task<bool> ExistsAsync(Guid entityId, CancellationToken ct) => db.Startups.AnyAsync(s => s.Id == entityId, ct);

    protected override async Task<ImportWrite> WriteAsync(StartupRecord record, Guid? existingId, ImportOptions options, CancellationToken ct)
    {
        // The clusters section has finished when the first startup is written: its keys are read once.
        clusterIds ??= await db.Clusters.AsNoTracking().ToDictionaryAsync(c => c.Key, c => c.Id, StringComparer.Ordinal, ct);
        if (!clusterIds.TryGetValue(record.Cluster!, out var clusterId))
            throw InputValidationException.For(nameof(StartupRecord.Cluster), Text.Format("Import.UnknownReference", ClusterImport.Section, record.Cluster!));
        var relocation = record.WillingToRelocateTo?.OfType<string>().ToList() ?? [];
        if (relocation.FirstOrDefault(k => !clusterIds.ContainsKey(k)) is { } unknownCluster)
            throw InputValidationException.For(nameof(StartupRecord.WillingToRelocateTo), Text.Format("Import.UnknownReference", ClusterImport.Section, unknownCluster));

        var ownerKeys = record.Owners!.OfType<string>().ToList();
        var owners = await db.UserProfiles.AsNoTracking().Where(p => ownerKeys.Contains(p.ImportKey!))
            .Select(p => new { p.Id, p.ImportKey, p.Role }).ToListAsync(ct);
        foreach (var key in ownerKeys)
        {
            var owner = owners.FirstOrDefault(o => o.ImportKey == key)
                ?? throw InputValidationException.For(nameof(StartupRecord.Owners), Text.Format("Import.UnknownReference", UserImport.Section, key));
            if (owner.Role != RoleNames.Founder)
                throw InputValidationException.For(nameof(StartupRecord.Owners), Text.Format("Import.UserNotInRole", key, RoleNames.Founder));
        }

        var name = record.Name!.ToText();
        Startup startup;
        List<Guid> members;
        if (existingId is null)
        {
            startup = new Startup(name, clusterId, record.Stage!) { ImportKey = record.Key };
            db.Startups.Add(startup);
            members = [];
        }
        else
        {
            startup = await db.Startups.FirstAsync(s => s.Id == existingId, ct);
            members = await db.StartupMembers.Where(m => m.StartupId == startup.Id).Select(m => m.UserId).ToListAsync(ct);
        }

        startup.Name = name;
        startup.Description = record.Description?.ToText() ?? LocalizedText.Empty;
        startup.ClusterId = clusterId;
        startup.Stage = record.Stage!;
        startup.FoundedYear = record.Founded;
        startup.TeamSize = record.TeamSize;
        startup.Website = Input.Clean(record.Website);
        // The badge is the administrators' decision: a file that does not mention it leaves it alone.
        if (record.Verified is { } verified)
            startup.IsVerified = verified;
        startup.ImportKey = record.Key;
        var sectors = record.Sectors!.OfType<string>().ToList();
        // A new list with the same codes would still count as a change: replace only what differs.
        if (!startup.Sectors.SequenceEqual(sectors))
            startup.Sectors = sectors;
        if (!startup.RelocationClusterKeys.SequenceEqual(relocation))
            startup.RelocationClusterKeys = relocation;

        var now = clock.GetUtcNow().UtcDateTime;
        var joined = owners.Where(o => !members.Contains(o.Id)).ToList();
        foreach (var owner in joined)
            db.StartupMembers.Add(new StartupMember { StartupId = startup.Id, UserId = owner.Id, JoinedAt = now });

        if (existingId is null)
            return new ImportWrite(startup.Id, ImportOutcome.Created);
        var changed = joined.Count > 0 || db.Entry(startup).State == EntityState.Modified;
        return new ImportWrite(startup.Id, changed ? ImportOutcome.Updated : ImportOutcome.Unchanged);
    }
}
