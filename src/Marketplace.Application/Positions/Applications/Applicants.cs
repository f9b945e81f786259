using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Researchers;
using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;
using Marketplace.Domain.Researchers;
using Marketplace.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions.Applications;

public sealed record ApplicantItem(Guid Id, Guid ResearcherId, string Name, LocalizedText Headline, ApplicationStage Stage, DateTime CreatedAt, DateTime UpdatedAt);

public sealed record StageCount(ApplicationStage Stage, int Count);

/// <summary>A position's applicants as its poster sees them, with how many are at each stage.</summary>
public sealed record ApplicantList(
    Guid PositionId, LocalizedText Title, LocalizedText PosterName, ApplicationStage? Stage, IReadOnlyList<StageCount> Counts, PagedList<ApplicantItem> Applicants);

/// <summary>
/// What the poster sees of an applicant's profile. Applying shares it whatever its visibility (the
/// one exception to <see cref="ResearcherVisibility"/>, on these pages only); the salary expectation
/// stays private.
/// </summary>
public sealed record ApplicantProfile(
    LocalizedText Headline, LocalizedText Summary, LocalizedText Affiliation, string? AffiliationType,
    IReadOnlyList<LocalizedText> ResearchAreas, IReadOnlyList<string> Skills, string? Degree, int? YearsExperience,
    IReadOnlyList<Publication> Publications, string? Orcid, IReadOnlyList<string> Links, IReadOnlyList<LocalizedText> DesiredClusters,
    bool OpenToRelocation, IReadOnlyList<string> PositionTypes, DateOnly? AvailableFrom);

public sealed record ApplicantDetails(
    Guid Id, Guid PositionId, LocalizedText Title, Guid ResearcherId, string Name, string Note, ApplicationStage Stage,
    string? RejectionReason, string? RejectionNote, Guid? ConversationId, DateTime CreatedAt, int Version,
    IReadOnlyList<ApplicationStage> Moves, ApplicantProfile? Profile, IReadOnlyList<ApplicationHistoryItem> History);

/// <summary>The applicants of a position, for its poster only; filter by stage, newest first, paged.</summary>
public static class ListApplicants
{
    public sealed record Query(Guid PositionId, string? Stage = null, int? Page = null) : IQuery<ApplicantList>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() =>
            RuleFor(x => x.Stage).Must(s => ApplicationRules.TryParseStage(s, out _)).When(x => !string.IsNullOrWhiteSpace(x.Stage))
                .WithMessage(_ => Text.Get("Validation.ChooseApplicationStage"));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, ApplicantList>
    {
        public async ValueTask<ApplicantList> Handle(Query query, CancellationToken ct)
        {
            var position = await ApplicationRules.RequirePostedAsync(db, user, query.PositionId, ct);
            ApplicationStage? stage = ApplicationRules.TryParseStage(query.Stage, out var s) ? s : null;
            var counts = await db.PositionApplications.AsNoTracking().Where(a => a.PositionId == position.Id)
                .GroupBy(a => a.Stage).Select(g => new { Stage = g.Key, Count = g.Count() }).ToListAsync(ct);

            var applications = db.PositionApplications.AsNoTracking().Where(a => a.PositionId == position.Id);
            if (stage is { } only)
                applications = applications.Where(a => a.Stage == only);
            var page = await (
                from a in applications
                join u in db.UserProfiles.AsNoTracking() on a.ResearcherId equals u.Id
                orderby a.CreatedAt descending, a.Id
                select new { a.Id, a.ResearcherId, u.DisplayName, a.Stage, a.CreatedAt, a.UpdatedAt }).ToPagedListAsync(query.Page, null, ct);
            var ids = page.Items.Select(i => i.ResearcherId).ToList();
            var headlines = await db.ResearcherProfiles.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.Headline }).ToDictionaryAsync(p => p.Id, p => p.Headline, ct);

            return new ApplicantList(position.Id, position.Title, await ApplicationRules.PosterNameAsync(db, position, ct), stage,
                Enum.GetValues<ApplicationStage>().Select(st => new StageCount(st, counts.FirstOrDefault(c => c.Stage == st)?.Count ?? 0)).ToList(),
                new PagedList<ApplicantItem>(
                    page.Items.Select(i => new ApplicantItem(i.Id, i.ResearcherId, i.DisplayName, headlines.GetValueOrDefault(i.ResearcherId, LocalizedText.Empty),
                        i.Stage, i.CreatedAt, i.UpdatedAt)).ToList(),
                    page.Page, page.PageSize, page.Total));
        }
    }
}

/// <summary>
/// One applicant as the poster sees them: the note, the shared profile, the history and the moves left.
/// A withdrawal takes the consent back: the profile is then shown only as the visibility rule allows.
/// </summary>
public static class GetApplicant
{
    public sealed record Query(Guid PositionId, Guid ApplicationId) : IQuery<ApplicantDetails>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, ApplicantDetails>
    {
        public async ValueTask<ApplicantDetails> Handle(Query query, CancellationToken ct)
        {
            var position = await ApplicationRules.RequirePostedAsync(db, user, query.PositionId, ct);
            var a = await db.PositionApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == query.ApplicationId && a.PositionId == position.Id, ct)
                ?? throw new NotFoundException("Application");
            return new ApplicantDetails(a.Id, position.Id, position.Title, a.ResearcherId, await ApplicationRules.DisplayNameAsync(db, a.ResearcherId, ct),
                a.Note, a.Stage, a.RejectionReason, a.RejectionNote, a.ConversationId, a.CreatedAt, a.Version,
                ApplicationRules.PosterMoves(a.Stage), await SharedProfileAsync(a, ct), await ApplicationHistory.OfAsync(db, a.Id, ct));
        }

        private async Task<ApplicantProfile?> SharedProfileAsync(PositionApplication application, CancellationToken ct)
        {
            // A live or decided application is the researcher's consent; read past ResearcherViewer for it only.
            var profiles = db.ResearcherProfiles.AsNoTracking();
            if (application.Stage == ApplicationStage.Withdrawn)
                profiles = profiles.VisibleTo(await ResearcherViewer.LoadAsync(db, user, ct), db.UserProfiles);
            var p = await profiles.Where(p => p.Id == application.ResearcherId)
                .Select(p => new
                {
                    p.Headline, p.Summary, p.Affiliation, p.AffiliationType, p.ResearchAreas, p.Skills, p.Degree, p.YearsExperience,
                    p.Publications, p.Orcid, p.Links, p.DesiredClusterKeys, p.OpenToRelocation, p.PositionTypes, p.AvailableFrom,
                }).FirstOrDefaultAsync(ct);
            if (p is null)
                return null;
            var areaCodes = p.ResearchAreas;
            var areaNames = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == TaxonomyKind.ResearchArea && areaCodes.Contains(t.Code))
                .ToDictionaryAsync(t => t.Code, t => t.Name, ct);
            var clusterKeys = p.DesiredClusterKeys;
            var clusterNames = await db.Clusters.AsNoTracking().Where(c => clusterKeys.Contains(c.Key)).ToDictionaryAsync(c => c.Key, c => c.Name, ct);
            return new ApplicantProfile(p.Headline, p.Summary, p.Affiliation, p.AffiliationType,
                areaCodes.Select(c => areaNames.GetValueOrDefault(c) ?? new LocalizedText(c, c)).ToList(), p.Skills, p.Degree, p.YearsExperience,
                p.Publications, p.Orcid, p.Links, clusterKeys.Select(k => clusterNames.GetValueOrDefault(k) ?? new LocalizedText(k, k)).ToList(),
                p.OpenToRelocation, p.PositionTypes, p.AvailableFrom);
        }
    }
}
