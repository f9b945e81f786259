using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Marketplace.Domain.Researchers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Researchers;

/// <summary>
/// The researcher's own profile as the edit form shows it (codes, not names). <see cref="Version"/>
/// is null while no profile was saved: the form is empty, with visibility hidden, and nothing is created until it is saved.
/// </summary>
public sealed record ResearcherProfileEdit(
    string? HeadlineEn, string? HeadlineZh, string? SummaryEn, string? SummaryZh, string? AffiliationEn, string? AffiliationZh,
    string? AffiliationType, IReadOnlyList<string> ResearchAreas, IReadOnlyList<string> Skills, string? Degree, int? YearsExperience,
    IReadOnlyList<Publication> Publications, string? Orcid, IReadOnlyList<string> Links, IReadOnlyList<string> DesiredClusterKeys,
    bool OpenToRelocation, IReadOnlyList<string> PositionTypes, DateOnly? AvailableFrom, long? SalaryExpectationAmount,
    string? SalaryExpectationCurrency, string Visibility, int? Version, Guid Id, ResearcherChoices Choices);

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

/// <summary>
/// The choices of the profile form and of the search filters (after a refused save or search the page is
/// shown again with what was typed). Reference data only, for any signed-in user.
/// </summary>
public static class GetResearcherChoices
{
    public sealed record Query : IQuery<ResearcherChoices>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, ResearcherChoices>
    {
        public async ValueTask<ResearcherChoices> Handle(Query query, CancellationToken ct) => await ResearcherChoices.LoadAsync(db, ct);
    }
}
