using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Marketplace.Domain.Researchers;
using Marketplace.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Researchers;

/// <summary>
/// /researchers: founders, fund managers and administrators search the profiles they may see
/// (ResearcherViewer), by research area, skill, desired cluster, minimum degree, openness to
/// relocation, position type wanted and text in the headline, summary or affiliation (either
/// language); most recently updated first; paged.
/// </summary>
public static class SearchResearchers
{
    public const string Yes = "true";
    public const int MaxQueryLength = 100;

    [RequiresRole(RoleNames.Founder, RoleNames.FundManager, RoleNames.Admin)]
    public sealed record Query(
        string? Area = null, string? Skill = null, string? Cluster = null, string? Degree = null, string? Relocation = null,
        string? Type = null, string? Q = null, int? Page = null, int? PageSize = null) : IQuery<Result>;

    public sealed record Result(PagedList<ResearcherCard> Researchers, ResearcherChoices Choices);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IAppDbContext db)
        {
            RuleFor(x => x.Area)
                .MustAsync(async (code, ct) => await db.TaxonomyTerms.AnyAsync(t => t.Kind == TaxonomyKind.ResearchArea && t.Code == code!.Trim(), ct))
                .When(x => Input.Clean(x.Area) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Skill).Must(s => Skills.IsWellFormed(SkillTags.Normalise(s!)))
                .When(x => Input.Clean(x.Skill) is not null).WithMessage(_ => Text.Get("Validation.SkillTag"));
            RuleFor(x => x.Cluster)
                .MustAsync(async (key, ct) => await db.Clusters.AnyAsync(c => c.Key == key!.Trim(), ct))
                .When(x => Input.Clean(x.Cluster) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Degree).Must(d => Codes.Degrees.Contains(d!.Trim()))
                .When(x => Input.Clean(x.Degree) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Relocation).Must(r => Input.Clean(r) is null or Yes or "false").WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Type).Must(t => Codes.PositionTypes.Contains(t!.Trim()))
                .When(x => Input.Clean(x.Type) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Q).MaximumLength(MaxQueryLength);
            RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage(_ => Text.Get("Validation.PageNumber"));
            RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken ct)
        {
            var viewer = await ResearcherViewer.LoadAsync(db, user, ct);
            var profiles = Filter(db.ResearcherProfiles.AsNoTracking().VisibleTo(viewer, db.UserProfiles), query);

            var page = Paging.Page(query.Page);
            var size = Paging.Size(query.PageSize);
            var total = await profiles.CountAsync(ct);
            var cards = await (
                from r in profiles
                join u in db.UserProfiles.AsNoTracking() on r.Id equals u.Id
                orderby r.UpdatedAt descending, r.Id
                select new ResearcherCard(
                    r.Id, u.DisplayName, r.Headline, r.Affiliation, r.AffiliationType, r.ResearchAreas, r.Skills, r.Degree, r.YearsExperience,
                    r.DesiredClusterKeys, r.OpenToRelocation, r.PositionTypes, r.AvailableFrom, viewer.IsAdmin ? r.Visibility : null, r.UpdatedAt))
                .Skip((page - 1) * size).Take(size).ToListAsync(ct);
            return new Result(new PagedList<ResearcherCard>(cards, page, size, total), await ResearcherChoices.LoadAsync(db, ct));
        }

        private static IQueryable<ResearcherProfile> Filter(IQueryable<ResearcherProfile> profiles, Query query)
        {
            if (Input.Clean(query.Area) is { } area)
                profiles = profiles.Where(p => p.ResearchAreas.Contains(area));
            if (Input.Clean(query.Skill) is { } skill)
            {
                var tag = SkillTags.Normalise(skill);
                profiles = profiles.Where(p => p.Skills.Contains(tag));
            }
            if (Input.Clean(query.Cluster) is { } cluster)
                profiles = profiles.Where(p => p.DesiredClusterKeys.Contains(cluster));
            if (Input.Clean(query.Degree) is { } degree)
            {
                var atLeast = Degrees.AtLeast(degree);
                if (atLeast.Count < Codes.Degrees.Count)
                    profiles = profiles.Where(p => p.Degree != null && atLeast.Contains(p.Degree));
            }
            if (Input.Clean(query.Relocation) == Yes)
                profiles = profiles.Where(p => p.OpenToRelocation);
            if (Input.Clean(query.Type) is { } type)
                profiles = profiles.Where(p => p.PositionTypes.Contains(type));
            if (Input.Clean(query.Q) is { } q)
            {
                // As in project and fund discovery: a needle without cased letters (Chinese) skips lower().
                var needle = q.ToLowerInvariant();
                profiles = needle.Any(c => char.ToUpperInvariant(c) != c)
                    ? profiles.Where(p => (p.Headline.En != null && p.Headline.En.ToLower().Contains(needle))
                        || (p.Headline.Zh != null && p.Headline.Zh.ToLower().Contains(needle))
                        || (p.Summary.En != null && p.Summary.En.ToLower().Contains(needle))
                        || (p.Summary.Zh != null && p.Summary.Zh.ToLower().Contains(needle))
                        || (p.Affiliation.En != null && p.Affiliation.En.ToLower().Contains(needle))
                        || (p.Affiliation.Zh != null && p.Affiliation.Zh.ToLower().Contains(needle)))
                    : profiles.Where(p => (p.Headline.En != null && p.Headline.En.Contains(needle))
                        || (p.Headline.Zh != null && p.Headline.Zh.Contains(needle))
                        || (p.Summary.En != null && p.Summary.En.Contains(needle))
                        || (p.Summary.Zh != null && p.Summary.Zh.Contains(needle))
                        || (p.Affiliation.En != null && p.Affiliation.En.Contains(needle))
                        || (p.Affiliation.Zh != null && p.Affiliation.Zh.Contains(needle)));
            }
            return profiles;
        }
    }
}
