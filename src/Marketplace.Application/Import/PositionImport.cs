using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

/// <summary>
/// The "positions" section. A position is matched by its key and keeps its poster (a startup or a fund);
/// it is created in the name of the poster's first owner or manager. Its status is set as the file says,
/// through the moderation states like a project: <c>published</c> gets its publication time, <c>submitted</c>
/// waits in the administrators' queue, <c>closed</c> gets its closing time and reason.
/// </summary>
public sealed class PositionImport(
    IEnumerable<IValidator<PositionRecord>> validators, IAppDbContext db, ModerationQueue queue, TimeProvider clock)
    : ImportSection<PositionRecord>(validators)
{
    public const string Section = "positions";

    // Startups, funds and clusters are committed before the first position is written; a file of many positions names few of them.
    private readonly Dictionary<string, Guid> startupIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Guid> fundIds = new(StringComparer.Ordinal);
    private Dictionary<string, Guid>? clusterIds;

    public override string Name => Section;

    public override IReadOnlyList<string> DependsOn => [ClusterImport.Section, StartupImport.Section, FundImport.Section];

    protected override IEnumerable<ImportReference> References(PositionRecord record)
    {
        if (!string.IsNullOrEmpty(record.Startup))
            yield return new ImportReference("startup", StartupImport.Section, record.Startup);
        if (!string.IsNullOrEmpty(record.Fund))
            yield return new ImportReference("fund", FundImport.Section, record.Fund);
        if (!string.IsNullOrEmpty(record.Cluster))
            yield return new ImportReference("cluster", ClusterImport.Section, record.Cluster);
    }

    public override async Task<Guid?> FindExistingAsync(string key, CancellationToken ct) =>
        await db.Positions.Where(p => p.ImportKey == key).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);

    public override Task<bool> ExistsAsync(Guid entityId, CancellationToken ct) => db.Positions.AnyAsync(p => p.Id == entityId, ct);

    protected override async Task<ImportWrite> WriteAsync(PositionRecord record, Guid? existingId, ImportOptions options, CancellationToken ct)
    {
        Guid? startupId = record.Startup is { Length: > 0 } s ? await PosterIdAsync(startupIds, StartupImport.Section, nameof(PositionRecord.Startup), s, ct) : null;
        Guid? fundId = record.Fund is { Length: > 0 } f ? await PosterIdAsync(fundIds, FundImport.Section, nameof(PositionRecord.Fund), f, ct) : null;
        clusterIds ??= await db.Clusters.AsNoTracking().ToDictionaryAsync(c => c.Key, c => c.Id, StringComparer.Ordinal, ct);
        Guid? clusterId = null;
        if (record.Cluster is { Length: > 0 })
            clusterId = clusterIds.TryGetValue(record.Cluster, out var id)
                ? id
                : throw InputValidationException.For(nameof(PositionRecord.Cluster), Text.Format("Import.UnknownReference", ClusterImport.Section, record.Cluster));

        var title = record.Title!.ToText();
        Position position;
        if (existingId is null)
        {
            position = new Position(startupId, fundId, title, record.Type!)
            {
                ImportKey = record.Key,
                CreatedById = await FirstPosterAsync(startupId, fundId, ct),
            };
            db.Positions.Add(position);
        }
        else
        {
            position = await db.Positions.FirstAsync(p => p.Id == existingId, ct);
            // Applications and conversations are with the poster: another poster is another position.
            if (position.StartupId != startupId || position.FundId != fundId)
                throw InputValidationException.For(startupId is null ? nameof(PositionRecord.Fund) : nameof(PositionRecord.Startup), Text.Get("Import.PosterFixed"));
        }
        var previousState = existingId is null ? (ModerationState?)null : position.State;

        position.Title = title;
        position.Description = record.Description?.ToText() ?? LocalizedText.Empty;
        position.Type = record.Type!;
        position.MinDegree = record.MinDegree;
        position.MinYearsExperience = record.MinYearsExperience;
        position.ClusterId = clusterId;
        position.Remote = record.Remote ?? false;
        position.CompensationMin = record.Compensation?.Min;
        position.CompensationMax = record.Compensation?.Max;
        position.CompensationCurrency = record.Compensation?.Currency;
        position.VisaSupport = record.VisaSupport ?? false;
        position.RelocationSupport = record.RelocationSupport ?? false;
        position.Deadline = ImportDates.Parse(record.Deadline);
        position.ImportKey = record.Key;
        var skills = ImportSkills.Normalise(record.Skills);
        var areas = record.ResearchAreas?.OfType<string>().ToList() ?? [];
        // A new list with the same values would still count as a change: replace only what differs.
        if (!position.ResearchAreas.SequenceEqual(areas))
            position.ResearchAreas = areas;
        if (!position.Skills.SequenceEqual(skills))
            position.Skills = skills;

        await Skills.RememberAsync(db, skills, clock.GetUtcNow().UtcDateTime, ct);
        var moderationChanged = await SetStatusAsync(position, previousState, record, ct);

        if (existingId is null)
            return new ImportWrite(position.Id, ImportOutcome.Created);
        var changed = moderationChanged || db.Entry(position).State == EntityState.Modified;
        return new ImportWrite(position.Id, changed ? ImportOutcome.Updated : ImportOutcome.Unchanged);
    }

    private Task<bool> SetStatusAsync(Position position, ModerationState? previous, PositionRecord record, CancellationToken ct) =>
        ProjectImportStatuses.ApplyAsync(position, previous, record.Status, record.PublishedAt, record.ClosedReason, PositionClosedReasons.Withdrawn,
            record.Key, () => Task.FromResult(position.CreatedById), queue, clock.GetUtcNow().UtcDateTime, ct);

    private async Task<Guid> PosterIdAsync(Dictionary<string, Guid> known, string section, string field, string key, CancellationToken ct)
    {
        if (known.TryGetValue(key, out var id))
            return id;
        var found = section == StartupImport.Section
            ? await db.Startups.AsNoTracking().Where(s => s.ImportKey == key).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct)
            : await db.Funds.AsNoTracking().Where(f => f.ImportKey == key).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(ct);
        return known[key] = found ?? throw InputValidationException.For(field, Text.Format("Import.UnknownReference", section, key));
    }

    /// <summary>The startup's first owner or the fund's first manager: the position is created in their name.</summary>
    private async Task<Guid> FirstPosterAsync(Guid? startupId, Guid? fundId, CancellationToken ct)
    {
        var first = startupId is { } s
            ? await db.StartupMembers.AsNoTracking().Where(m => m.StartupId == s)
                .OrderBy(m => m.JoinedAt).ThenBy(m => m.UserId).Select(m => (Guid?)m.UserId).FirstOrDefaultAsync(ct)
            : await db.FundMembers.AsNoTracking().Where(m => m.FundId == fundId)
                .OrderBy(m => m.JoinedAt).ThenBy(m => m.UserId).Select(m => (Guid?)m.UserId).FirstOrDefaultAsync(ct);
        return first ?? throw InputValidationException.For(startupId is null ? nameof(PositionRecord.Fund) : nameof(PositionRecord.Startup),
            Text.Get("Import.PosterWithoutMember"));
    }
}
