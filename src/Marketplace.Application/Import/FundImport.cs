using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Funds;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

/// <summary>
/// The "funds" section. A fund is matched by its key. Its managers (fund-manager users, by key) become
/// its members as partners; an update adds managers the file names and removes none, so a team member
/// who joined on the site stays. The mandate is replaced by the file's (a missing rule means "any").
/// </summary>
public sealed class FundImport(IEnumerable<IValidator<FundRecord>> validators, IAppDbContext db, TimeProvider clock)
    : ImportSection<FundRecord>(validators)
{
    public const string Section = "funds";

    private Dictionary<string, Guid>? clusterIds;

    public override string Name => Section;

    public override IReadOnlyList<string> DependsOn => [ClusterImport.Section, UserImport.Section];

    protected override IEnumerable<ImportReference> References(FundRecord record)
    {
        if (!string.IsNullOrEmpty(record.Cluster))
            yield return new ImportReference("cluster", ClusterImport.Section, record.Cluster);
        foreach (var manager in (record.Managers ?? []).OfType<string>().Where(m => m.Length > 0))
            yield return new ImportReference("managers", UserImport.Section, manager, RoleNames.FundManager);
        foreach (var cluster in (record.Mandate?.Clusters ?? []).OfType<string>().Where(c => c.Length > 0))
            yield return new ImportReference("mandate.clusters", ClusterImport.Section, cluster);
        foreach (var region in (record.Mandate?.Guidance?.Regions ?? []).OfType<string>().Where(c => c.Length > 0))
            yield return new ImportReference("mandate.guidance.regions", ClusterImport.Section, region);
    }

    public override async Task<Guid?> FindExistingAsync(string key, CancellationToken ct) =>
        await db.Funds.Where(f => f.ImportKey == key).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(ct);

    public override Task<bool> ExistsAsync(Guid entityId, CancellationToken ct) => db.Funds.AnyAsync(f => f.Id == entityId, ct);

    protected override async Task<ImportWrite> WriteAsync(FundRecord record, Guid? existingId, ImportOptions options, CancellationToken ct)
    {
        // The clusters section has finished when the first fund is written: its keys are read once.
        clusterIds ??= await db.Clusters.AsNoTracking().ToDictionaryAsync(c => c.Key, c => c.Id, StringComparer.Ordinal, ct);
        Guid? clusterId = null;
        if (record.Cluster is not null)
            clusterId = clusterIds.TryGetValue(record.Cluster, out var id)
                ? id
                : throw InputValidationException.For(nameof(FundRecord.Cluster), Text.Format("Import.UnknownReference", ClusterImport.Section, record.Cluster));
        // The runner checked these references against the file and the database; the clusters are rows by now.
        ClusterKeys(record.Mandate?.Clusters, "Mandate.Clusters");
        if (record.Type == GuidanceRuleCodes.GuidanceFundType)
            ClusterKeys(record.Mandate?.Guidance?.Regions, "Mandate.Guidance.Regions");

        var managerKeys = record.Managers!.OfType<string>().ToList();
        var managers = await db.UserProfiles.AsNoTracking().Where(p => managerKeys.Contains(p.ImportKey!))
            .Select(p => new { p.Id, p.ImportKey, p.Role }).ToListAsync(ct);
        foreach (var key in managerKeys)
        {
            var manager = managers.FirstOrDefault(m => m.ImportKey == key)
                ?? throw InputValidationException.For(nameof(FundRecord.Managers), Text.Format("Import.UnknownReference", UserImport.Section, key));
            if (manager.Role != RoleNames.FundManager)
                throw InputValidationException.For(nameof(FundRecord.Managers), Text.Format("Import.UserNotInRole", key, RoleNames.FundManager));
        }

        var name = record.Name!.ToText();
        Fund fund;
        List<Guid> members;
        if (existingId is null)
        {
            fund = new Fund(name, record.Type!);
            db.Funds.Add(fund);
            members = [];
        }
        else
        {
            fund = await db.Funds.FirstAsync(f => f.Id == existingId, ct);
            members = await db.FundMembers.Where(m => m.FundId == fund.Id).Select(m => m.UserId).ToListAsync(ct);
        }

        fund.Describe(name, record.Description?.ToText() ?? LocalizedText.Empty, record.Type!, clusterId, Input.Clean(record.Website),
            record.Size is { Amount: { } amount, Currency: { } currency } ? new Money(amount, currency) : null);
        // The badge is the administrators' decision: a file that does not mention it leaves it alone.
        if (record.Verified is { } verified)
            fund.SetVerified(verified);
        fund.SetImportKey(record.Key);
        fund.DefineMandate(ImportedMandate.Of(record).ToMandate());

        var now = clock.GetUtcNow().UtcDateTime;
        var joined = managers.Where(m => !members.Contains(m.Id)).ToList();
        foreach (var manager in joined)
            db.FundMembers.Add(new FundMember { FundId = fund.Id, UserId = manager.Id, Role = FundRoles.Partner, JoinedAt = now });

        if (existingId is null)
            return new ImportWrite(fund.Id, ImportOutcome.Created);
        var changed = joined.Count > 0 || db.Entry(fund).State == EntityState.Modified;
        return new ImportWrite(fund.Id, changed ? ImportOutcome.Updated : ImportOutcome.Unchanged);
    }

    private void ClusterKeys(IReadOnlyList<string?>? keys, string field)
    {
        if (keys?.OfType<string>().FirstOrDefault(k => !clusterIds!.ContainsKey(k)) is { } unknown)
            throw InputValidationException.For(field, Text.Format("Import.UnknownReference", ClusterImport.Section, unknown));
    }
}
