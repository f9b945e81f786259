using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

/// <summary>A yearly compensation range in whole units of one currency; either end may be open.</summary>
public sealed record CompensationJson(long? Min, long? Max, string? Currency);

/// <summary>
/// A position of the "positions" section, posted by a <paramref name="Startup"/> or a <paramref name="Fund"/>
/// (the key of exactly one). <paramref name="Cluster"/> is where the post is, required unless <paramref name="Remote"/>.
/// <paramref name="Deadline"/> is the last day to apply (yyyy-MM-dd). <paramref name="Status"/> defaults to draft.
/// Extensions of IMPORT_FORMAT.md: <paramref name="Compensation"/>, <paramref name="VisaSupport"/>,
/// <paramref name="RelocationSupport"/>, <paramref name="PublishedAt"/> (published or closed positions; default:
/// the import's time) and <paramref name="ClosedReason"/> (closed positions: deadline, filled or withdrawn; default withdrawn).
/// </summary>
public sealed record PositionRecord(
    string Key,
    string? Startup,
    string? Fund,
    LocalizedJson? Title,
    LocalizedJson? Description,
    string? Type,
    IReadOnlyList<string?>? ResearchAreas,
    IReadOnlyList<string?>? Skills,
    string? MinDegree,
    int? MinYearsExperience,
    string? Cluster,
    bool? Remote,
    CompensationJson? Compensation,
    bool? VisaSupport,
    bool? RelocationSupport,
    string? Deadline,
    string? Status,
    DateTimeOffset? PublishedAt,
    string? ClosedReason) : IImportRecord;

public sealed class PositionRecordValidator : AbstractValidator<PositionRecord>
{

    public PositionRecordValidator(ImportCodes codes, TimeProvider clock)
    {
        RuleFor(x => x.Startup).Must((x, startup) => string.IsNullOrEmpty(startup) != string.IsNullOrEmpty(x.Fund))
            .WithMessage(_ => Text.Get("Import.OnePoster"));
        RuleFor(x => x.Title).NotNull().WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Title!).Must(n => !n.IsEmpty).When(x => x.Title is not null).WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Title!.En).MaximumLength(PositionLimits.TitleLength).When(x => x.Title is not null);
        RuleFor(x => x.Title!.Zh).MaximumLength(PositionLimits.TitleLength).When(x => x.Title is not null);
        RuleFor(x => x.Description!.En).MaximumLength(PositionLimits.DescriptionLength).When(x => x.Description is not null);
        RuleFor(x => x.Description!.Zh).MaximumLength(PositionLimits.DescriptionLength).When(x => x.Description is not null);
        RuleFor(x => x.Type).Must(t => Codes.PositionTypes.Contains(t)).WithMessage(x => ImportText.UnknownCode(x.Type, Codes.PositionTypes));

        RuleFor(x => x.ResearchAreas!).Must(a => a.Count <= Position.MaxResearchAreas).When(x => x.ResearchAreas is not null)
            .WithMessage(_ => Text.Format("Validation.TooMany", Position.MaxResearchAreas));
        RuleForEach(x => x.ResearchAreas).MustAsync(codes.IsResearchAreaAsync)
            .WithMessage((_, area) => ImportText.UnknownCode(area, codes.ResearchAreas));
        RuleFor(x => x.ResearchAreas).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
        RuleForEach(x => x.Skills).Must(ImportSkills.IsWellFormed).WithMessage(_ => Text.Get("Validation.SkillTag"));
        RuleFor(x => x.Skills).Must(s => ImportSkills.Normalise(s).Count <= Position.MaxSkills)
            .WithMessage(_ => Text.Format("Validation.TooMany", Position.MaxSkills));
        RuleFor(x => x.MinDegree).Must(d => Codes.Degrees.Contains(d)).When(x => x.MinDegree is not null)
            .WithMessage(x => ImportText.UnknownCode(x.MinDegree, Codes.Degrees));
        RuleFor(x => x.MinYearsExperience).InclusiveBetween(0, PositionLimits.MaxYearsExperience);
        RuleFor(x => x.Cluster).NotEmpty().When(x => x.Remote != true || x.Cluster is not null).WithMessage(_ => Text.Get("Import.ClusterOrRemote"));

        When(x => x.Compensation is not null, () =>
        {
            RuleFor(x => x.Compensation).Must(c => c!.Min is not null || c.Max is not null).WithMessage(_ => Text.Get("Import.TicketBound"));
            RuleFor(x => x.Compensation!.Min).GreaterThanOrEqualTo(0).LessThanOrEqualTo(Money.MaxAmount);
            RuleFor(x => x.Compensation!.Max).GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount);
            RuleFor(x => x.Compensation!.Min).Must((x, min) => min <= x.Compensation!.Max)
                .When(x => x.Compensation!.Min is not null && x.Compensation.Max is not null)
                .WithMessage(_ => Text.Get("Validation.MinAboveMax"));
            RuleFor(x => x.Compensation!.Currency).NotEmpty().MustAsync(codes.HasReferenceRateAsync)
                .WithMessage(x => Text.Format("Import.UnknownCurrency", x.Compensation!.Currency ?? ""));
        });

        // A deadline may lie in the past: the closing job closes such a position the day after, as it would any other.
        RuleFor(x => x.Deadline).Must(ImportDates.IsDate).When(x => x.Deadline is not null)
            .WithMessage(_ => Text.Format("Import.Date", ImportDates.Format));
        RuleFor(x => x.Status).Must(s => Codes.ListingStatuses.Contains(s)).When(x => x.Status is not null)
            .WithMessage(x => ImportText.UnknownCode(x.Status, Codes.ListingStatuses));
        RuleFor(x => x.PublishedAt).Null().When(x => x.Status is not (ProjectImportStatuses.Published or ProjectImportStatuses.Closed))
            .WithMessage(_ => Text.Format("Import.OnlyForStatus", $"{ProjectImportStatuses.Published}, {ProjectImportStatuses.Closed}"));
        RuleFor(x => x.PublishedAt).LessThanOrEqualTo(_ => clock.GetUtcNow()).When(x => x.PublishedAt is not null)
            .WithMessage(_ => Text.Get("Import.NotInFuture"));
        RuleFor(x => x.ClosedReason).Null().When(x => x.Status != ProjectImportStatuses.Closed)
            .WithMessage(_ => Text.Format("Import.OnlyForStatus", ProjectImportStatuses.Closed));
        RuleFor(x => x.ClosedReason).Must(r => PositionClosedReasons.All.Contains(r)).When(x => x.ClosedReason is not null && x.Status == ProjectImportStatuses.Closed)
            .WithMessage(x => ImportText.UnknownCode(x.ClosedReason, PositionClosedReasons.All));
    }
}

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
