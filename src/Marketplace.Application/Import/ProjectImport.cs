using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

/// <summary>
/// The "projects" section. A project is matched by its key; its status is set as the file says:
/// <c>published</c> gets its publication time, <c>submitted</c> waits in the moderation queue
/// (filed in the name of the startup's first owner), <c>closed</c> gets its closing time and reason.
/// The confidential part goes to its own table and nowhere else.
/// </summary>
public sealed class ProjectImport(
    IEnumerable<IValidator<ProjectRecord>> validators, IAppDbContext db, ModerationQueue queue, TimeProvider clock)
    : ImportSection<ProjectRecord>(validators)
{
    public const string Section = "projects";

    // Startups are committed before the first project is written; a file of many projects names few startups.
    private readonly Dictionary<string, Guid> startupIds = new(StringComparer.Ordinal);

    public override string Name => Section;

    public override IReadOnlyList<string> DependsOn => [StartupImport.Section];

    protected override IEnumerable<ImportReference> References(ProjectRecord record)
    {
        if (!string.IsNullOrEmpty(record.Startup))
            yield return new ImportReference("startup", StartupImport.Section, record.Startup);
    }

    public override async Task<Guid?> FindExistingAsync(string key, CancellationToken ct) =>
        await db.Projects.Where(p => p.ImportKey == key).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);

    public override Task<bool> ExistsAsync(Guid entityId, CancellationToken ct) => db.Projects.AnyAsync(p => p.Id == entityId, ct);

    protected override async Task<ImportWrite> WriteAsync(ProjectRecord record, Guid? existingId, ImportOptions options, CancellationToken ct)
    {
        var startupId = await StartupIdAsync(record.Startup!, ct);
        var seeking = record.Seeking!;
        var title = record.Title!.ToText();

        Project project;
        ProjectConfidential? confidential = null;
        if (existingId is null)
        {
            project = new Project(startupId, title, seeking.Amount!.Value, seeking.Currency!, record.Instrument!, record.Stage!) { ImportKey = record.Key };
            db.Projects.Add(project);
        }
        else
        {
            project = await db.Projects.FirstAsync(p => p.Id == existingId, ct);
            confidential = await db.ProjectConfidentials.FirstOrDefaultAsync(c => c.Id == project.Id, ct);
        }
        if (confidential is null)
            db.ProjectConfidentials.Add(confidential = new ProjectConfidential(project.Id));
        var previousState = existingId is null ? (ModerationState?)null : project.State;

        project.StartupId = startupId;
        project.Title = title;
        project.Summary = record.Summary?.ToText() ?? LocalizedText.Empty;
        project.SeekingAmount = seeking.Amount!.Value;
        project.SeekingCurrency = seeking.Currency!;
        project.Instrument = record.Instrument!;
        project.Stage = record.Stage!;
        project.UseOfFunds = record.UseOfFunds?.ToText() ?? LocalizedText.Empty;
        project.ImportKey = record.Key;
        var traction = (record.Traction ?? []).Select(m => new TractionMetric(m!.Metric!, m.Value!.Value)).ToList();
        // Owned JSON rows: new instances with the same values would still be written as a change.
        if (!project.Traction.SequenceEqual(traction))
            project.Traction = traction;

        var c = record.Confidential;
        confidential.PreMoneyValuationAmount = c?.PreMoneyValuation?.Amount;
        confidential.PreMoneyValuationCurrency = c?.PreMoneyValuation?.Currency;
        confidential.RevenueLast12MonthsAmount = c?.RevenueLast12Months?.Amount;
        confidential.RevenueLast12MonthsCurrency = c?.RevenueLast12Months?.Currency;
        confidential.MonthlyBurnAmount = c?.MonthlyBurn?.Amount;
        confidential.MonthlyBurnCurrency = c?.MonthlyBurn?.Currency;
        confidential.RunwayMonths = c?.RunwayMonths;

        var moderationChanged = await SetStatusAsync(project, previousState, record, ct);

        if (existingId is null)
            return new ImportWrite(project.Id, ImportOutcome.Created);
        var changed = moderationChanged
            || db.Entry(project).State == EntityState.Modified
            || db.Entry(confidential).State is EntityState.Modified or EntityState.Added;
        return new ImportWrite(project.Id, changed ? ImportOutcome.Updated : ImportOutcome.Unchanged);
    }

    private Task<bool> SetStatusAsync(Project project, ModerationState? previous, ProjectRecord record, CancellationToken ct) =>
        ProjectImportStatuses.ApplyAsync(project, previous, record.Status, record.PublishedAt, record.ClosedReason, ClosedReasons.Withdrawn,
            record.Key, () => FirstOwnerAsync(project.StartupId, ct), queue, clock.GetUtcNow().UtcDateTime, ct);

    private async Task<Guid> StartupIdAsync(string key, CancellationToken ct)
    {
        if (startupIds.TryGetValue(key, out var id))
            return id;
        var found = await db.Startups.AsNoTracking().Where(s => s.ImportKey == key).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct)
            ?? throw InputValidationException.For(nameof(ProjectRecord.Startup), Text.Format("Import.UnknownReference", StartupImport.Section, key));
        return startupIds[key] = found;
    }

    private async Task<Guid> FirstOwnerAsync(Guid startupId, CancellationToken ct) =>
        await db.StartupMembers.AsNoTracking().Where(m => m.StartupId == startupId)
            .OrderBy(m => m.JoinedAt).ThenBy(m => m.UserId).Select(m => (Guid?)m.UserId).FirstOrDefaultAsync(ct)
        ?? throw InputValidationException.For(nameof(ProjectRecord.Startup), Text.Get("Import.StartupWithoutOwner"));
}
