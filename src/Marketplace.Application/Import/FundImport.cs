using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Funds;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

/// <summary>A ticket range: whole units of one currency; either end may be open.</summary>
public sealed record TicketJson(long? Min, long? Max, string? Currency);

/// <summary>A guidance fund's region rule (IMPORT_FORMAT.md codes: registered-in-region, reinvestment, none).</summary>
public sealed record GuidanceJson(IReadOnlyList<string?>? Regions, string? Rule, decimal? ReinvestmentRatio, bool? AcceptsRelocation);

/// <summary>
/// What a fund invests in. Every rule is optional: no sectors (stages, clusters) means any.
/// <paramref name="OpenToNewDeals"/> (default true) and <paramref name="WeeklyCapacity"/> (applications
/// the team answers per week; default no limit) are extensions of IMPORT_FORMAT.md.
/// </summary>
public sealed record MandateJson(
    IReadOnlyList<string?>? Sectors,
    IReadOnlyList<string?>? Stages,
    TicketJson? Ticket,
    IReadOnlyList<string?>? Clusters,
    bool? OpenToOtherClusters,
    bool? OpenToNewDeals,
    int? WeeklyCapacity,
    GuidanceJson? Guidance);

/// <summary>
/// A fund of the "funds" section: <paramref name="Managers"/> are keys of fund-manager users,
/// <paramref name="Cluster"/> the key of its home cluster. Extensions of IMPORT_FORMAT.md:
/// <paramref name="Website"/>, <paramref name="Size"/> and <paramref name="Verified"/> (the badge; when
/// absent an update keeps what administrators decided).
/// </summary>
public sealed record FundRecord(
    string Key,
    IReadOnlyList<string?>? Managers,
    LocalizedJson? Name,
    string? Type,
    string? Cluster,
    LocalizedJson? Description,
    MandateJson? Mandate,
    string? Website,
    MoneyJson? Size,
    bool? Verified) : IImportRecord;

public sealed class FundRecordValidator : AbstractValidator<FundRecord>
{
    public const int MaxManagers = 20;

    public FundRecordValidator(ImportCodes codes)
    {
        RuleFor(x => x.Managers).NotNull().WithMessage(_ => Text.Get("Import.ManagersRequired"));
        RuleFor(x => x.Managers!).Must(m => m.Count is > 0 and <= MaxManagers).When(x => x.Managers is not null)
            .WithMessage(_ => Text.Format("Import.ManagersCount", MaxManagers));
        RuleForEach(x => x.Managers).NotEmpty();
        RuleFor(x => x.Managers).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));

        RuleFor(x => x.Name).NotNull().WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Name!).Must(n => !n.IsEmpty).When(x => x.Name is not null).WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Name!.En).MaximumLength(FundLimits.NameMaxLength).When(x => x.Name is not null);
        RuleFor(x => x.Name!.Zh).MaximumLength(FundLimits.NameMaxLength).When(x => x.Name is not null);
        RuleFor(x => x.Description!.En).MaximumLength(FundLimits.DescriptionMaxLength).When(x => x.Description is not null);
        RuleFor(x => x.Description!.Zh).MaximumLength(FundLimits.DescriptionMaxLength).When(x => x.Description is not null);

        RuleFor(x => x.Type).Must(t => Codes.FundTypes.Contains(t)).WithMessage(x => ImportText.UnknownCode(x.Type, Codes.FundTypes));
        RuleFor(x => x.Cluster).NotEmpty().When(x => x.Cluster is not null);
        RuleFor(x => x.Website).MaximumLength(FundLimits.WebsiteMaxLength).Must(StartupRecordValidator.IsWebAddress).When(x => x.Website is not null)
            .WithMessage(_ => Text.Get("Import.WebsiteUrl"));
        When(x => x.Size is not null, () =>
        {
            RuleFor(x => x.Size!.Amount).NotNull().GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount);
            RuleFor(x => x.Size!.Currency).NotEmpty().MustAsync(codes.HasReferenceRateAsync)
                .WithMessage(x => Text.Format("Import.UnknownCurrency", x.Size!.Currency ?? ""));
        });

        // The mandate's rules are the mandate form's (one validator, the same words); what is left here belongs
        // to the file: repeated codes, an empty ticket, a guidance block on another fund or naming no rule, and
        // settings the rule does not use (the form drops them silently, a file should not carry them).
        When(x => x.Mandate is not null, () =>
        {
            RuleFor(x => x.Mandate!.Sectors).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
            RuleFor(x => x.Mandate!.Stages).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
            RuleForEach(x => x.Mandate!.Clusters).NotEmpty();
            RuleFor(x => x.Mandate!.Clusters).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
            RuleFor(x => x.Mandate!.Ticket).Must(t => t!.Min is not null || t.Max is not null).When(x => x.Mandate!.Ticket is not null)
                .WithMessage(_ => Text.Get("Import.TicketBound"));

            When(x => x.Mandate!.Guidance is not null, () =>
            {
                RuleFor(x => x.Mandate!.Guidance).Must((x, _) => x.Type == GuidanceRuleCodes.GuidanceFundType).When(x => Codes.FundTypes.Contains(x.Type))
                    .WithMessage(_ => Text.Get("Import.OnlyForGuidance"));
                RuleFor(x => x.Mandate!.Guidance!.Rule).NotEmpty()
                    .WithMessage(x => ImportText.UnknownCode(x.Mandate!.Guidance!.Rule, Codes.GuidanceRules));
                RuleForEach(x => x.Mandate!.Guidance!.Regions).NotEmpty();
                RuleFor(x => x.Mandate!.Guidance!.Regions).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
                RuleFor(x => x.Mandate!.Guidance!.ReinvestmentRatio).Null()
                    .When(x => x.Mandate!.Guidance!.Rule != GuidanceRuleCodes.Reinvestment)
                    .WithMessage(_ => Text.Get("Import.OnlyForReinvestment"));
                RuleFor(x => x.Mandate!.Guidance!.AcceptsRelocation).Must(a => a is null or false)
                    .When(x => x.Mandate!.Guidance!.Rule != GuidanceRuleCodes.Reinvestment)
                    .WithMessage(_ => Text.Get("Import.OnlyForReinvestment"));
            });

            var mandate = new MandateFieldsValidator<ImportedMandate>(new ImportMandateReferences(codes), (m, _) => Task.FromResult(m.FundType));
            RuleFor(x => x).CustomAsync(async (record, context, ct) =>
            {
                var result = await mandate.ValidateAsync(ImportedMandate.Of(record), ct);
                foreach (var failure in result.Errors)
                    context.AddFailure(ImportedMandate.FieldOf(failure.PropertyName), failure.ErrorMessage);
            });
        });
    }
}

/// <summary>
/// A file's mandate in the form's terms, for the shared validator and <c>Fund.DefineMandate</c>; a missing
/// rule means "any", a guidance fund without a guidance block has the rule "none".
/// </summary>
internal sealed record ImportedMandate(
    string? FundType, IReadOnlyList<string> Sectors, IReadOnlyList<string> Stages, long? TicketMin, long? TicketMax, string? TicketCurrency,
    IReadOnlyList<string> TargetClusterKeys, bool OpenToOtherClusters, bool OpenToNewDeals, int? WeeklyCapacity,
    string? GuidanceRule, IReadOnlyList<string> GuidanceRegions, decimal? ReinvestmentRatio, bool AcceptsRelocation) : IMandateFields
{
    /// <summary>The file's field for each of the form's (the runner lowers the first letters).</summary>
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        [nameof(Sectors)] = "Mandate.Sectors",
        [nameof(Stages)] = "Mandate.Stages",
        [nameof(TicketMin)] = "Mandate.Ticket.Min",
        [nameof(TicketMax)] = "Mandate.Ticket.Max",
        [nameof(TicketCurrency)] = "Mandate.Ticket.Currency",
        [nameof(TargetClusterKeys)] = "Mandate.Clusters",
        [nameof(WeeklyCapacity)] = "Mandate.WeeklyCapacity",
        [nameof(GuidanceRule)] = "Mandate.Guidance.Rule",
        [nameof(GuidanceRegions)] = "Mandate.Guidance.Regions",
        [nameof(ReinvestmentRatio)] = "Mandate.Guidance.ReinvestmentRatio",
        [nameof(AcceptsRelocation)] = "Mandate.Guidance.AcceptsRelocation",
    };

    public static string FieldOf(string property) => Fields.GetValueOrDefault(property, "Mandate");

    public static ImportedMandate Of(FundRecord record)
    {
        var m = record.Mandate;
        var guidance = m?.Guidance;
        return new ImportedMandate(
            record.Type, Codes(m?.Sectors), Codes(m?.Stages), m?.Ticket?.Min, m?.Ticket?.Max, m?.Ticket?.Currency,
            Codes(m?.Clusters), m?.OpenToOtherClusters ?? true, m?.OpenToNewDeals ?? true, m?.WeeklyCapacity,
            guidance?.Rule, Codes(guidance?.Regions), guidance?.ReinvestmentRatio, guidance?.AcceptsRelocation ?? false);
    }

    private static List<string> Codes(IReadOnlyList<string?>? codes) => codes?.OfType<string>().ToList() ?? [];
}

/// <summary>
/// The mandate's checks for a file: sectors and currencies from the codes read once per import; clusters are
/// references the runner resolves against the file and the database.
/// </summary>
internal sealed class ImportMandateReferences(ImportCodes codes) : IMandateReferences
{
    public async Task<IReadOnlyList<string>> UnknownSectorsAsync(IReadOnlyList<string> sectors, CancellationToken ct)
    {
        var unknown = new List<string>();
        foreach (var sector in sectors)
            if (!await codes.IsSectorAsync(sector, ct))
                unknown.Add(sector);
        return unknown;
    }

    public Task<bool> IsRatedCurrencyAsync(string currency, CancellationToken ct) => codes.HasReferenceRateAsync(currency, ct);

    public Task<bool> AreClustersAsync(IReadOnlyList<string> keys, CancellationToken ct) => Task.FromResult(true);
}

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
