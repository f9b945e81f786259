using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

/// <summary>Money as the import format writes it: <c>{"amount": 50000000, "currency": "CNY"}</c>, whole units.</summary>
public sealed record MoneyJson(long? Amount, string? Currency);

/// <summary>
/// The confidential part. <paramref name="MonthlyBurn"/> and <paramref name="RunwayMonths"/> are
/// extensions of IMPORT_FORMAT.md (the product's confidential part has them).
/// </summary>
public sealed record ConfidentialJson(MoneyJson? PreMoneyValuation, MoneyJson? RevenueLast12Months, MoneyJson? MonthlyBurn, int? RunwayMonths);

public sealed record TractionJson(string? Metric, long? Value);

/// <summary>
/// A project of the "projects" section. Extensions of IMPORT_FORMAT.md: <paramref name="Traction"/>,
/// <paramref name="PublishedAt"/> (published or closed projects; default: the import's time) and
/// <paramref name="ClosedReason"/> (closed projects: funded or withdrawn, default withdrawn).
/// <paramref name="Status"/> defaults to draft, so nothing is published by omission.
/// </summary>
public sealed record ProjectRecord(
    string Key,
    string? Startup,
    LocalizedJson? Title,
    LocalizedJson? Summary,
    MoneyJson? Seeking,
    string? Instrument,
    string? Stage,
    LocalizedJson? UseOfFunds,
    string? Status,
    ConfidentialJson? Confidential,
    IReadOnlyList<TractionJson?>? Traction,
    DateTimeOffset? PublishedAt,
    string? ClosedReason) : IImportRecord;

internal static class ProjectImportStatuses
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string Published = "published";
    public const string Closed = "closed";

    public static ModerationState ToState(string? status) => status switch
    {
        Submitted => ModerationState.Submitted,
        Published => ModerationState.Published,
        Closed => ModerationState.Closed,
        _ => ModerationState.Draft,
    };

    /// <summary>
    /// Puts a listing (project or position) in the state the file names, keeping the first publication
    /// time on updates; true when that filed or took back a moderation request. <paramref name="author"/>
    /// is who the request is filed or taken back in the name of.
    /// </summary>
    public static async Task<bool> ApplyAsync(Listing listing, ModerationState? previous, string? status, DateTimeOffset? publishedAt,
        string? closedReason, string defaultClosedReason, string key, Func<Task<Guid>> author, ModerationQueue queue, DateTime now, CancellationToken ct)
    {
        var state = ToState(status);
        listing.PutAsImported(state, previous, publishedAt?.UtcDateTime, closedReason, defaultClosedReason, now);
        var contentType = ((IModeratedContent)listing).ContentType;

        if (state == ModerationState.Submitted)
        {
            // Already waiting for review: an edit of the file does not push it to the back of the queue.
            if (previous == ModerationState.Submitted && await queue.FindPendingAsync(contentType, listing.Id, ct) is not null)
                return false;
            var summary = listing.Title.En ?? listing.Title.Zh ?? key;
            await queue.SubmitAsync(contentType, listing.Id, ModerationKind.Publication, summary.Length > 300 ? summary[..300] : summary,
                null, await author(), ct);
            return true;
        }
        if (previous == ModerationState.Submitted)
        {
            // The file moved it on (published, back to draft...): the request in the queue is taken back.
            await queue.WithdrawAsync(contentType, listing.Id, await author(), ct);
            return true;
        }
        return false;
    }
}

public sealed class ProjectRecordValidator : AbstractValidator<ProjectRecord>
{
    public ProjectRecordValidator(ImportCodes codes, TimeProvider clock)
    {
        RuleFor(x => x.Startup).NotEmpty();
        RuleFor(x => x.Title).NotNull().WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Title!).Must(n => !n.IsEmpty).When(x => x.Title is not null).WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Title!.En).MaximumLength(ProjectLimits.TitleLength).When(x => x.Title is not null);
        RuleFor(x => x.Title!.Zh).MaximumLength(ProjectLimits.TitleLength).When(x => x.Title is not null);
        RuleFor(x => x.Summary!.En).MaximumLength(ProjectLimits.TextLength).When(x => x.Summary is not null);
        RuleFor(x => x.Summary!.Zh).MaximumLength(ProjectLimits.TextLength).When(x => x.Summary is not null);
        RuleFor(x => x.UseOfFunds!.En).MaximumLength(ProjectLimits.TextLength).When(x => x.UseOfFunds is not null);
        RuleFor(x => x.UseOfFunds!.Zh).MaximumLength(ProjectLimits.TextLength).When(x => x.UseOfFunds is not null);

        RuleFor(x => x.Seeking).NotNull();
        RuleFor(x => x.Seeking!.Amount).NotNull().GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount).When(x => x.Seeking is not null);
        RuleFor(x => x.Seeking!.Currency).NotEmpty().MustAsync(codes.HasReferenceRateAsync).When(x => x.Seeking is not null)
            .WithMessage(x => Text.Format("Import.UnknownCurrency", x.Seeking!.Currency ?? ""));
        RuleFor(x => x.Instrument).Must(i => Codes.Instruments.Contains(i)).WithMessage(x => ImportText.UnknownCode(x.Instrument, Codes.Instruments));
        RuleFor(x => x.Stage).Must(s => Codes.Stages.Contains(s)).WithMessage(x => ImportText.UnknownCode(x.Stage, Codes.Stages));
        RuleFor(x => x.Status).Must(s => Codes.ListingStatuses.Contains(s)).When(x => x.Status is not null)
            .WithMessage(x => ImportText.UnknownCode(x.Status, Codes.ListingStatuses));

        RuleFor(x => x.PublishedAt).Null().When(x => x.Status is not (ProjectImportStatuses.Published or ProjectImportStatuses.Closed))
            .WithMessage(_ => Text.Format("Import.OnlyForStatus", $"{ProjectImportStatuses.Published}, {ProjectImportStatuses.Closed}"));
        RuleFor(x => x.PublishedAt).LessThanOrEqualTo(_ => clock.GetUtcNow()).When(x => x.PublishedAt is not null)
            .WithMessage(_ => Text.Get("Import.NotInFuture"));
        RuleFor(x => x.ClosedReason).Null().When(x => x.Status != ProjectImportStatuses.Closed)
            .WithMessage(_ => Text.Format("Import.OnlyForStatus", ProjectImportStatuses.Closed));
        RuleFor(x => x.ClosedReason).Must(r => ClosedReasons.All.Contains(r)).When(x => x.ClosedReason is not null && x.Status == ProjectImportStatuses.Closed)
            .WithMessage(x => ImportText.UnknownCode(x.ClosedReason, ClosedReasons.All));

        RuleFor(x => x.Traction!).Must(t => t.Count <= TractionMetrics.MaxPerProject).When(x => x.Traction is not null)
            .WithMessage(_ => Text.Format("Import.TractionCount", TractionMetrics.MaxPerProject));
        RuleForEach(x => x.Traction).NotNull().ChildRules(t =>
        {
            t.RuleFor(m => m!.Metric).Must(m => TractionMetrics.All.Contains(m)).WithMessage(m => ImportText.UnknownCode(m!.Metric, TractionMetrics.All));
            t.RuleFor(m => m!.Value).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(ProjectLimits.MaxMetricValue);
        });
        RuleFor(x => x.Traction).Must(t => t is null || t.Select(m => m?.Metric).Distinct().Count() == t.Count)
            .WithMessage(_ => Text.Get("Import.DuplicateValue"));

        When(x => x.Confidential is not null, () =>
        {
            RuleFor(x => x.Confidential!.PreMoneyValuation).SetValidator(new MoneyValidator(codes, mustBePositive: true)!);
            RuleFor(x => x.Confidential!.RevenueLast12Months).SetValidator(new MoneyValidator(codes, mustBePositive: false)!);
            RuleFor(x => x.Confidential!.MonthlyBurn).SetValidator(new MoneyValidator(codes, mustBePositive: false)!);
            RuleFor(x => x.Confidential!.RunwayMonths).InclusiveBetween(0, ProjectLimits.MaxRunwayMonths);
        });
    }

    /// <summary>An optional amount: when given, both parts, a known currency, and no negative figure.</summary>
    private sealed class MoneyValidator : AbstractValidator<MoneyJson>
    {
        public MoneyValidator(ImportCodes codes, bool mustBePositive)
        {
            RuleFor(m => m.Amount).NotNull().GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount).When(_ => mustBePositive);
            RuleFor(m => m.Amount).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(Money.MaxAmount).When(_ => !mustBePositive);
            RuleFor(m => m.Currency).NotEmpty().MustAsync(codes.HasReferenceRateAsync)
                .WithMessage(m => Text.Format("Import.UnknownCurrency", m.Currency ?? ""));
        }
    }
}

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
