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
