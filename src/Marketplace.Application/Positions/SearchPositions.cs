using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Marketplace.Domain.Researchers;
using Marketplace.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions;

/// <summary>
/// Discovery of positions (issue 5, item 4): open positions only (published, deadline not passed),
/// for everyone, newest first, filtered by the position's cluster, that cluster's development mode,
/// type, research area, skill, remote, degree and a text query over title and description in
/// both languages; paged. The degree filter reads "I hold this degree": it keeps positions asking
/// for at most that degree (or nothing), so a master's graduate finds bachelor and master posts but
/// no PhD-only ones.
/// </summary>
public static class SearchPositions
{
    public const int MaxQueryLength = 100;
    private const int ExcerptLength = 280;

    [AllowAnonymous]
    public sealed record Query(
        string? Cluster = null, string? Mode = null, string? Type = null, string? Area = null, string? Skill = null, bool? Remote = null,
        string? Degree = null, string? Q = null, Guid? StartupId = null, Guid? FundId = null, int? Page = null, int? PageSize = null)
        : IQuery<PagedList<PositionCard>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IAppDbContext db)
        {
            RuleFor(x => x.Cluster)
                .MustAsync(async (key, ct) => await db.Clusters.AnyAsync(c => c.Key == key, ct))
                .When(x => Input.Clean(x.Cluster) is not null)
                .WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Mode).Must(m => DevelopmentModes.TryParse(m, out _))
                .When(x => Input.Clean(x.Mode) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Type).Must(t => Codes.PositionTypes.Contains(t!))
                .When(x => Input.Clean(x.Type) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Area)
                .MustAsync(async (code, ct) => await db.TaxonomyTerms.AnyAsync(t => t.Kind == TaxonomyKind.ResearchArea && t.Code == code, ct))
                .When(x => Input.Clean(x.Area) is not null)
                .WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Skill).Must(s => Skills.IsWellFormed(SkillTags.Normalise(s!)))
                .When(x => Input.Clean(x.Skill) is not null).WithMessage(_ => Text.Get("Validation.SkillTag"));
            RuleFor(x => x.Degree).Must(d => Codes.Degrees.Contains(d!))
                .When(x => Input.Clean(x.Degree) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Q).MaximumLength(MaxQueryLength);
            RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage(_ => Text.Get("Validation.PageNumber"));
            RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        }
    }

    public sealed class Handler(IAppDbContext db, TimeProvider clock) : IQueryHandler<Query, PagedList<PositionCard>>
    {
        public async ValueTask<PagedList<PositionCard>> Handle(Query query, CancellationToken ct)
        {
            var today = PositionRules.Today(clock);
            var positions = Filter(
                db.Positions.AsNoTracking().Where(p => p.State == ModerationState.Published && (p.Deadline == null || p.Deadline >= today)),
                query);

            var page = Paging.Page(query.Page);
            var size = Paging.Size(query.PageSize);
            var total = await positions.CountAsync(ct);
            var rows = await positions
                .OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id)
                .Skip((page - 1) * size).Take(size)
                .Select(p => new
                {
                    p.Id,
                    p.Title,
                    DescriptionEn = p.Description.En == null ? null : p.Description.En.Substring(0, ExcerptLength + 1),
                    DescriptionZh = p.Description.Zh == null ? null : p.Description.Zh.Substring(0, ExcerptLength + 1),
                    p.StartupId,
                    p.FundId,
                    p.Type,
                    p.ClusterId,
                    p.Remote,
                    p.MinDegree,
                    p.Deadline,
                    p.PublishedAt,
                })
                .ToListAsync(ct);

            // Names for the page's rows only: a handful of lookups by key.
            var startupIds = rows.Select(r => r.StartupId).OfType<Guid>().Distinct().ToList();
            var fundIds = rows.Select(r => r.FundId).OfType<Guid>().Distinct().ToList();
            var clusterIds = rows.Select(r => r.ClusterId).OfType<Guid>().Distinct().ToList();
            var startups = await db.Startups.AsNoTracking().Where(s => startupIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
            var funds = await db.Funds.AsNoTracking().Where(f => fundIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name, ct);
            var clusters = await db.Clusters.AsNoTracking().Where(c => clusterIds.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => new { c.Key, c.Name }, ct);

            var cards = rows.Select(r =>
            {
                var poster = r.StartupId is { } s ? startups.GetValueOrDefault(s) : funds.GetValueOrDefault(r.FundId!.Value);
                var cluster = r.ClusterId is { } c ? clusters.GetValueOrDefault(c) : null;
                return new PositionCard(r.Id, r.Title, new LocalizedText(Excerpt(r.DescriptionEn), Excerpt(r.DescriptionZh)),
                    new PositionPoster(r.StartupId, r.FundId, poster ?? LocalizedText.Empty), r.Type, cluster?.Key, cluster?.Name,
                    r.Remote, r.MinDegree, r.Deadline, r.PublishedAt ?? default);
            }).ToList();
            return new PagedList<PositionCard>(cards, page, size, total);
        }

        private IQueryable<Position> Filter(IQueryable<Position> positions, Query query)
        {
            if (Input.Clean(query.Cluster) is { } clusterKey)
            {
                var clusterIds = db.Clusters.Where(c => c.Key == clusterKey).Select(c => (Guid?)c.Id);
                positions = positions.Where(p => clusterIds.Contains(p.ClusterId));
            }
            if (DevelopmentModes.TryParse(Input.Clean(query.Mode), out var mode))
            {
                var clusterIds = db.Clusters.Where(c => c.Mode == mode).Select(c => (Guid?)c.Id);
                positions = positions.Where(p => clusterIds.Contains(p.ClusterId));
            }
            if (Input.Clean(query.Type) is { } type)
                positions = positions.Where(p => p.Type == type);
            if (Input.Clean(query.Area) is { } area)
                positions = positions.Where(p => p.ResearchAreas.Contains(area));
            if (Input.Clean(query.Skill) is { } skill)
            {
                var tag = SkillTags.Normalise(skill);
                positions = positions.Where(p => p.Skills.Contains(tag));
            }
            if (query.Remote is { } remote)
                positions = positions.Where(p => p.Remote == remote);
            if (Input.Clean(query.Degree) is { } degree && Codes.Degrees.Contains(degree))
            {
                var enough = Codes.Degrees.Take(Codes.Degrees.ToList().IndexOf(degree) + 1).ToList();
                positions = positions.Where(p => p.MinDegree == null || enough.Contains(p.MinDegree));
            }
            if (query.StartupId is { } startupId)
                positions = positions.Where(p => p.StartupId == startupId);
            if (query.FundId is { } fundId)
                positions = positions.Where(p => p.FundId == fundId);

            if (Input.Clean(query.Q) is { } q)
            {
                // Substring match in either language, case-insensitive for Latin letters; Chinese needs no word splitting.
                var needle = q.ToLowerInvariant();
                var cased = needle.Any(c => char.ToUpperInvariant(c) != c);
                positions = cased
                    ? positions.Where(p =>
                        (p.Title.En != null && p.Title.En.ToLower().Contains(needle))
                        || (p.Title.Zh != null && p.Title.Zh.ToLower().Contains(needle))
                        || (p.Description.En != null && p.Description.En.ToLower().Contains(needle))
                        || (p.Description.Zh != null && p.Description.Zh.ToLower().Contains(needle)))
                    : positions.Where(p =>
                        (p.Title.En != null && p.Title.En.Contains(needle))
                        || (p.Title.Zh != null && p.Title.Zh.Contains(needle))
                        || (p.Description.En != null && p.Description.En.Contains(needle))
                        || (p.Description.Zh != null && p.Description.Zh.Contains(needle)));
            }
            return positions;
        }
    }

    private static string? Excerpt(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length <= ExcerptLength)
            return text;
        var cut = text[..ExcerptLength];
        var space = cut.LastIndexOf(' ');
        return (space > ExcerptLength / 2 ? cut[..space] : cut).TrimEnd() + "…";
    }
}
