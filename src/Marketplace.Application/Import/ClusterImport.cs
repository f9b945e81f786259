using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

/// <summary>
/// The "clusters" section. A cluster is matched by its key, so a file may update a reference
/// cluster (same key) instead of adding a second one.
/// </summary>
public sealed class ClusterImport(IEnumerable<IValidator<ClusterRecord>> validators, IAppDbContext db)
    : ImportSection<ClusterRecord>(validators)
{
    public const string Section = "clusters";

    public override string Name => Section;

    public override async Task<Guid?> FindExistingAsync(string key, CancellationToken ct) =>
        await db.Clusters.Where(c => c.Key == key).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);

    public override Task<bool> ExistsAsync(Guid entityId, CancellationToken ct) => db.Clusters.AnyAsync(c => c.Id == entityId, ct);

    protected override async Task<ImportWrite> WriteAsync(ClusterRecord record, Guid? existingId, ImportOptions options, CancellationToken ct)
    {
        DevelopmentModes.TryParse(record.Mode, out var mode);
        var name = record.Name!.ToText();
        var description = record.Description?.ToText() ?? LocalizedText.Empty;
        var region = Input.Clean(record.Region);

        if (existingId is null)
        {
            var created = new Cluster(record.Key, name, record.Country!, region, mode, description) { ImportKey = record.Key };
            db.Clusters.Add(created);
            return new ImportWrite(created.Id, ImportOutcome.Created);
        }

        var cluster = await db.Clusters.FirstAsync(c => c.Id == existingId, ct);
        cluster.Name = name;
        cluster.CountryCode = record.Country!;
        cluster.Region = region;
        cluster.Mode = mode;
        cluster.Description = description;
        cluster.ImportKey = record.Key;
        var changed = db.Entry(cluster).State == EntityState.Modified;
        return new ImportWrite(cluster.Id, changed ? ImportOutcome.Updated : ImportOutcome.Unchanged);
    }
}
