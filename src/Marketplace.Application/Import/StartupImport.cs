using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Startups;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

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
