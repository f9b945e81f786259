using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Researchers;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

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
