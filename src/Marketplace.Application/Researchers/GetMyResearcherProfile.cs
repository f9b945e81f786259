using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Marketplace.Domain.Researchers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Researchers;

public static class GetMyResearcherProfile
{
    [RequiresRole(RoleNames.Researcher)]
    public sealed record Query : IQuery<ResearcherProfileEdit>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, ResearcherProfileEdit>
    {
        public async ValueTask<ResearcherProfileEdit> Handle(Query query, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var choices = await ResearcherChoices.LoadAsync(db, ct);
            var p = await db.ResearcherProfiles.AsNoTracking().Where(r => r.Id == me).Select(r => new
            {
                r.Headline, r.Summary, r.Affiliation, r.AffiliationType, r.ResearchAreas, r.Skills, r.Degree, r.YearsExperience,
                r.Publications, r.Orcid, r.Links, r.DesiredClusterKeys, r.OpenToRelocation, r.PositionTypes, r.AvailableFrom,
                r.SalaryExpectationAmount, r.SalaryExpectationCurrency, r.Visibility, r.Version,
            }).FirstOrDefaultAsync(ct);
            if (p is null)
                return new ResearcherProfileEdit(null, null, null, null, null, null, null, [], [], null, null, [], null, [], [], false, [], null,
                    null, null, ResearcherVisibility.Hidden, null, me, choices);
            return new ResearcherProfileEdit(p.Headline.En, p.Headline.Zh, p.Summary.En, p.Summary.Zh, p.Affiliation.En, p.Affiliation.Zh,
                p.AffiliationType, p.ResearchAreas, p.Skills, p.Degree, p.YearsExperience, p.Publications, p.Orcid, p.Links, p.DesiredClusterKeys,
                p.OpenToRelocation, p.PositionTypes, p.AvailableFrom, p.SalaryExpectationAmount, p.SalaryExpectationCurrency, p.Visibility,
                p.Version, me, choices);
        }
    }
}
