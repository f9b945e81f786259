using System.Globalization;
using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Researchers;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

/// <summary>A publication: <paramref name="Doi"/> or <paramref name="Url"/> (or both) says where to read it.</summary>
public sealed record PublicationJson(string? Title, string? Venue, int? Year, string? Doi, string? Url);

/// <summary>
/// A researcher profile of the "researchers" section. <paramref name="User"/> is the key of a user with the role
/// researcher: the profile is that account's, one per account. <paramref name="AvailableFrom"/> is a date
/// (yyyy-MM-dd); <paramref name="SalaryExpectation"/> is private to the researcher and administrators.
/// <paramref name="Visibility"/> defaults to hidden for a new profile; an update whose record does not name one
/// keeps what the researcher chose on the site.
/// </summary>
public sealed record ResearcherRecord(
    string Key,
    string? User,
    LocalizedJson? Headline,
    LocalizedJson? Summary,
    LocalizedJson? Affiliation,
    string? AffiliationType,
    IReadOnlyList<string?>? ResearchAreas,
    IReadOnlyList<string?>? Skills,
    string? Degree,
    int? YearsExperience,
    string? Orcid,
    IReadOnlyList<PublicationJson?>? Publications,
    IReadOnlyList<string?>? Links,
    IReadOnlyList<string?>? DesiredClusters,
    bool? OpenToRelocation,
    IReadOnlyList<string?>? PositionTypes,
    string? AvailableFrom,
    MoneyJson? SalaryExpectation,
    string? Visibility) : IImportRecord;

/// <summary>Dates of the talent sections (availableFrom, deadline): calendar days written yyyy-MM-dd.</summary>
internal static class ImportDates
{
    public const string Format = "yyyy-MM-dd";

    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static bool IsDate(string? value) => Parse(value) is not null;
}

public sealed class ResearcherRecordValidator : AbstractValidator<ResearcherRecord>
{

    public ResearcherRecordValidator(ImportCodes codes, TimeProvider clock)
    {
        RuleFor(x => x.User).NotEmpty();
        RuleFor(x => x.Headline!.En).MaximumLength(ResearcherLimits.HeadlineLength).When(x => x.Headline is not null);
        RuleFor(x => x.Headline!.Zh).MaximumLength(ResearcherLimits.HeadlineLength).When(x => x.Headline is not null);
        RuleFor(x => x.Summary!.En).MaximumLength(ResearcherLimits.SummaryLength).When(x => x.Summary is not null);
        RuleFor(x => x.Summary!.Zh).MaximumLength(ResearcherLimits.SummaryLength).When(x => x.Summary is not null);
        RuleFor(x => x.Affiliation!.En).MaximumLength(ResearcherLimits.AffiliationLength).When(x => x.Affiliation is not null);
        RuleFor(x => x.Affiliation!.Zh).MaximumLength(ResearcherLimits.AffiliationLength).When(x => x.Affiliation is not null);
        RuleFor(x => x.AffiliationType).Must(t => Codes.AffiliationTypes.Contains(t)).When(x => x.AffiliationType is not null)
            .WithMessage(x => ImportText.UnknownCode(x.AffiliationType, Codes.AffiliationTypes));

        RuleFor(x => x.ResearchAreas!).Must(a => a.Count <= ResearcherProfile.MaxResearchAreas).When(x => x.ResearchAreas is not null)
            .WithMessage(_ => Text.Format("Validation.TooMany", ResearcherProfile.MaxResearchAreas));
        RuleForEach(x => x.ResearchAreas).MustAsync(codes.IsResearchAreaAsync)
            .WithMessage((_, area) => ImportText.UnknownCode(area, codes.ResearchAreas));
        RuleFor(x => x.ResearchAreas).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
        RuleForEach(x => x.Skills).Must(ImportSkills.IsWellFormed).WithMessage(_ => Text.Get("Validation.SkillTag"));
        RuleFor(x => x.Skills).Must(s => ImportSkills.Normalise(s).Count <= ResearcherProfile.MaxSkills)
            .WithMessage(_ => Text.Format("Validation.TooMany", ResearcherProfile.MaxSkills));
        RuleFor(x => x.Degree).Must(d => Codes.Degrees.Contains(d)).When(x => x.Degree is not null)
            .WithMessage(x => ImportText.UnknownCode(x.Degree, Codes.Degrees));
        RuleFor(x => x.YearsExperience).InclusiveBetween(0, ResearcherLimits.MaxYearsExperience);
        RuleFor(x => x.Orcid).Must(o => Orcid.Normalise(o) is not null).When(x => x.Orcid is not null)
            .WithMessage(_ => Text.Get("Validation.Orcid"));

        RuleFor(x => x.Publications!).Must(p => p.Count <= ResearcherProfile.MaxPublications).When(x => x.Publications is not null)
            .WithMessage(_ => Text.Format("Validation.TooMany", ResearcherProfile.MaxPublications));
        RuleForEach(x => x.Publications).NotNull().ChildRules(p =>
        {
            p.RuleFor(m => m!.Title).NotEmpty().MaximumLength(ResearcherLimits.PublicationTitleLength);
            p.RuleFor(m => m!.Venue).MaximumLength(ResearcherLimits.VenueLength);
            p.RuleFor(m => m!.Year).InclusiveBetween(ResearcherLimits.FirstPublicationYear, clock.GetUtcNow().Year + 1);
            p.RuleFor(m => m!.Doi).NotEmpty().When(m => m!.Url is null).WithMessage(_ => Text.Get("Import.PublicationLink"));
            p.RuleFor(m => m!.Doi).Must(d => Doi.Normalise(d) is not null).When(m => !string.IsNullOrWhiteSpace(m!.Doi))
                .WithMessage(_ => Text.Get("Validation.Doi"));
            p.RuleFor(m => m!.Url).MaximumLength(ResearcherLimits.LinkLength).Must(StartupRecordValidator.IsWebAddress).When(m => m!.Url is not null)
                .WithMessage(_ => Text.Get("Import.WebsiteUrl"));
        });

        RuleFor(x => x.Links!).Must(l => l.Count <= ResearcherProfile.MaxLinks).When(x => x.Links is not null)
            .WithMessage(_ => Text.Format("Validation.TooMany", ResearcherProfile.MaxLinks));
        RuleForEach(x => x.Links).MaximumLength(ResearcherLimits.LinkLength).Must(StartupRecordValidator.IsWebAddress).WithMessage(_ => Text.Get("Import.WebsiteUrl"));
        RuleFor(x => x.Links).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
        RuleFor(x => x.DesiredClusters!).Must(c => c.Count <= ResearcherProfile.MaxDesiredClusters).When(x => x.DesiredClusters is not null)
            .WithMessage(_ => Text.Format("Validation.TooMany", ResearcherProfile.MaxDesiredClusters));
        RuleForEach(x => x.DesiredClusters).NotEmpty();
        RuleFor(x => x.DesiredClusters).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
        RuleForEach(x => x.PositionTypes).Must(t => Codes.PositionTypes.Contains(t))
            .WithMessage((_, type) => ImportText.UnknownCode(type, Codes.PositionTypes));
        RuleFor(x => x.PositionTypes).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
        RuleFor(x => x.AvailableFrom).Must(ImportDates.IsDate).When(x => x.AvailableFrom is not null)
            .WithMessage(_ => Text.Format("Import.Date", ImportDates.Format));
        When(x => x.SalaryExpectation is not null, () =>
        {
            RuleFor(x => x.SalaryExpectation!.Amount).NotNull().GreaterThan(0).LessThanOrEqualTo(ResearcherLimits.MaxSalary);
            RuleFor(x => x.SalaryExpectation!.Currency).NotEmpty().MustAsync(codes.HasReferenceRateAsync)
                .WithMessage(x => Text.Format("Import.UnknownCurrency", x.SalaryExpectation!.Currency ?? ""));
        });
        RuleFor(x => x.Visibility).Must(v => ResearcherVisibility.All.Contains(v)).When(x => x.Visibility is not null)
            .WithMessage(x => ImportText.UnknownCode(x.Visibility, ResearcherVisibility.All));
    }
}

/// <summary>Skill tags as the talent sections read them: normalised like the site's forms (Skills.Normalise).</summary>
internal static class ImportSkills
{
    public static bool IsWellFormed(string? raw) => !string.IsNullOrWhiteSpace(raw) && Skills.IsWellFormed(SkillTags.Normalise(raw));

    public static List<string> Normalise(IReadOnlyList<string?>? raw) => Skills.Normalise(raw?.OfType<string>());
}

/// <summary>
/// The "researchers" section. A profile is matched by its key and belongs to the researcher account its
/// <c>user</c> names (the profile's id is the account's). The import never takes over a profile made on the
/// site or by another record, and a record keeps its account. Skill tags are normalised and remembered for
/// the forms' suggestions; the ORCID iD and DOIs are checked (ISO 7064 check digit, DOI shape) and stored bare.
/// </summary>
public sealed class ResearcherImport(IEnumerable<IValidator<ResearcherRecord>> validators, IAppDbContext db, TimeProvider clock)
    : ImportSection<ResearcherRecord>(validators)
{
    public const string Section = "researchers";

    private HashSet<string>? clusterKeys;

    public override string Name => Section;

    public override IReadOnlyList<string> DependsOn => [ClusterImport.Section, UserImport.Section];

    protected override IEnumerable<FieldError> CheckAcross(ResearcherRecord record, IReadOnlyList<ResearcherRecord> section)
    {
        // One profile per account: two records for one user would overwrite each other.
        if (!string.IsNullOrEmpty(record.User) && section.Any(r => r.Key != record.Key && r.User == record.User))
            yield return new FieldError(nameof(ResearcherRecord.User), Text.Get("Import.DuplicateProfile"));
    }

    protected override IEnumerable<ImportReference> References(ResearcherRecord record)
    {
        if (!string.IsNullOrEmpty(record.User))
            yield return new ImportReference("user", UserImport.Section, record.User, RoleNames.Researcher);
        foreach (var cluster in (record.DesiredClusters ?? []).OfType<string>().Where(c => c.Length > 0))
            yield return new ImportReference("desiredClusters", ClusterImport.Section, cluster);
    }

    public override async Task<Guid?> FindExistingAsync(string key, CancellationToken ct) =>
        await db.ResearcherProfiles.Where(r => r.ImportKey == key).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);

    public override Task<bool> ExistsAsync(Guid entityId, CancellationToken ct) => db.ResearcherProfiles.AnyAsync(r => r.Id == entityId, ct);

    protected override async Task<ImportWrite> WriteAsync(ResearcherRecord record, Guid? existingId, ImportOptions options, CancellationToken ct)
    {
        var user = await db.UserProfiles.AsNoTracking().Where(p => p.ImportKey == record.User).Select(p => new { p.Id, p.Role }).FirstOrDefaultAsync(ct)
            ?? throw InputValidationException.For(nameof(ResearcherRecord.User), Text.Format("Import.UnknownReference", UserImport.Section, record.User!));
        if (user.Role != RoleNames.Researcher)
            throw InputValidationException.For(nameof(ResearcherRecord.User), Text.Format("Import.UserNotInRole", record.User!, RoleNames.Researcher));
        // The clusters section has finished when the first profile is written: its keys are read once.
        clusterKeys ??= new HashSet<string>(await db.Clusters.AsNoTracking().Select(c => c.Key).ToListAsync(ct), StringComparer.Ordinal);
        var desired = record.DesiredClusters?.OfType<string>().ToList() ?? [];
        if (desired.FirstOrDefault(k => !clusterKeys.Contains(k)) is { } unknown)
            throw InputValidationException.For(nameof(ResearcherRecord.DesiredClusters), Text.Format("Import.UnknownReference", ClusterImport.Section, unknown));

        ResearcherProfile profile;
        if (existingId is null)
        {
            if (await db.ResearcherProfiles.AnyAsync(r => r.Id == user.Id, ct))
                throw InputValidationException.For(nameof(ResearcherRecord.User), Text.Get("Import.ProfileExists"));
            profile = new ResearcherProfile(user.Id) { ImportKey = record.Key, Visibility = record.Visibility ?? ResearcherVisibility.Hidden };
            db.ResearcherProfiles.Add(profile);
        }
        else
        {
            profile = await db.ResearcherProfiles.FirstAsync(r => r.Id == existingId, ct);
            if (profile.Id != user.Id)
                throw InputValidationException.For(nameof(ResearcherRecord.User), Text.Get("Import.ProfileUserFixed"));
        }

        profile.Headline = record.Headline?.ToText() ?? LocalizedText.Empty;
        profile.Summary = record.Summary?.ToText() ?? LocalizedText.Empty;
        profile.Affiliation = record.Affiliation?.ToText() ?? LocalizedText.Empty;
        profile.AffiliationType = record.AffiliationType;
        profile.Degree = record.Degree;
        profile.YearsExperience = record.YearsExperience;
        profile.Orcid = Orcid.Normalise(record.Orcid);
        profile.OpenToRelocation = record.OpenToRelocation ?? false;
        profile.AvailableFrom = ImportDates.Parse(record.AvailableFrom);
        profile.SalaryExpectationAmount = record.SalaryExpectation?.Amount;
        profile.SalaryExpectationCurrency = record.SalaryExpectation?.Currency;
        // Who may see the profile is the researcher's choice once it exists: a record that does not say leaves it.
        if (record.Visibility is { } visibility)
            profile.Visibility = visibility;
        profile.ImportKey = record.Key;

        var skills = ImportSkills.Normalise(record.Skills);
        // A new list with the same values would still count as a change: replace only what differs.
        Replace(profile.ResearchAreas, record.ResearchAreas?.OfType<string>().ToList() ?? [], v => profile.ResearchAreas = v);
        Replace(profile.Skills, skills, v => profile.Skills = v);
        Replace(profile.Links, record.Links?.OfType<string>().Select(l => l.Trim()).ToList() ?? [], v => profile.Links = v);
        Replace(profile.DesiredClusterKeys, desired, v => profile.DesiredClusterKeys = v);
        Replace(profile.PositionTypes, record.PositionTypes?.OfType<string>().ToList() ?? [], v => profile.PositionTypes = v);
        var publications = (record.Publications ?? []).Select(p => new Publication(
            p!.Title!.Trim(), Input.Clean(p.Venue), p.Year, Doi.Normalise(p.Doi), Input.Clean(p.Url))).ToList();
        var publicationsChanged = !profile.Publications.SequenceEqual(publications);
        if (publicationsChanged)
            profile.Publications = publications;

        await Skills.RememberAsync(db, skills, clock.GetUtcNow().UtcDateTime, ct);

        if (existingId is null)
            return new ImportWrite(profile.Id, ImportOutcome.Created);
        var changed = publicationsChanged || db.Entry(profile).State == EntityState.Modified;
        return new ImportWrite(profile.Id, changed ? ImportOutcome.Updated : ImportOutcome.Unchanged);
    }

    private static void Replace(List<string> current, List<string> wanted, Action<List<string>> set)
    {
        if (!current.SequenceEqual(wanted))
            set(wanted);
    }
}
