using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Researchers;
using Marketplace.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Researchers;

/// <summary>
/// A researcher's page. Whoever may not see the profile (ResearcherViewer) gets the same 404 as for
/// a profile that does not exist, so a hidden profile's existence is never revealed.
/// </summary>
public static class GetResearcherProfile
{
    public sealed record Query(Guid Id) : IQuery<ResearcherProfileDetails>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, ResearcherProfileDetails>
    {
        public async ValueTask<ResearcherProfileDetails> Handle(Query query, CancellationToken ct)
        {
            var viewer = await ResearcherViewer.LoadAsync(db, user, ct);
            var p = await (
                from r in db.ResearcherProfiles.AsNoTracking().VisibleTo(viewer, db.UserProfiles)
                where r.Id == query.Id
                join u in db.UserProfiles.AsNoTracking() on r.Id equals u.Id
                select new
                {
                    r.Id, u.DisplayName, r.Headline, r.Summary, r.Affiliation, r.AffiliationType, r.ResearchAreas, r.Skills, r.Degree,
                    r.YearsExperience, r.Publications, r.Orcid, r.Links, r.DesiredClusterKeys, r.OpenToRelocation, r.PositionTypes,
                    r.AvailableFrom, r.SalaryExpectationAmount, r.SalaryExpectationCurrency, r.Visibility, r.UpdatedAt, u.Status,
                }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Researcher");

            // The salary expectation and the visibility setting are the owner's business (and the administrators').
            var isOwner = p.Id == viewer.UserId;
            var private_ = isOwner || viewer.IsAdmin;
            var salary = private_ && p.SalaryExpectationAmount is { } amount && p.SalaryExpectationCurrency is { } currency
                ? new Money(amount, currency)
                : null;
            return new ResearcherProfileDetails(p.Id, p.DisplayName, p.Headline, p.Summary, p.Affiliation, p.AffiliationType,
                await ResearcherFields.AreaNamesAsync(db, p.ResearchAreas, ct), p.Skills, p.Degree, p.YearsExperience,
                p.Publications, p.Orcid, p.Links, await ResearcherFields.ClusterNamesAsync(db, p.DesiredClusterKeys, ct), p.OpenToRelocation,
                p.PositionTypes, p.AvailableFrom, salary, private_ ? p.Visibility : null, isOwner, p.UpdatedAt,
                AccountSuspended: viewer.IsAdmin && p.Status == AccountStatus.Suspended);
        }
    }
}
