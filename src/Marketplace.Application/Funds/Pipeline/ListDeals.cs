using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Projects;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>
/// The pipeline as a list: filtered by stage, assignee (a member, or "none" for unassigned), the
/// startup's sector and a text in the project's title or the startup's name; paged, latest change first.
/// </summary>
public static class ListDeals
{
    public const string Unassigned = "none";
    public const int MaxQueryLength = 100;

    public sealed record Query(Guid FundId, string? Stage = null, string? Assignee = null, string? Sector = null, string? Q = null, int? Page = null)
        : IQuery<Result>;

    /// <param name="Team">For the assignee filter.</param>
    /// <param name="Sectors">For the sector filter.</param>
    public sealed record Result(
        Guid FundId, LocalizedText FundName, PagedList<DealCard> Deals, IReadOnlyList<TeamMemberName> Team, IReadOnlyList<SectorOption> Sectors);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IAppDbContext db)
        {
            RuleFor(x => x.Stage).Must(s => DealStages.TryParse(s, out _))
                .When(x => Input.Clean(x.Stage) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Assignee).Must(a => Input.Clean(a) == Unassigned || Guid.TryParse(a, out _))
                .When(x => Input.Clean(x.Assignee) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Sector)
                .MustAsync(async (code, ct) => await db.TaxonomyTerms.AnyAsync(t => t.Kind == TaxonomyKind.Sector && t.Code == code, ct))
                .When(x => Input.Clean(x.Sector) is not null)
                .WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Q).MaximumLength(MaxQueryLength);
            RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage(_ => Text.Get("Validation.PageNumber"));
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken ct)
        {
            await PipelineAccess.RequireMemberAsync(db, user, query.FundId, ct);
            var deals = db.Deals.AsNoTracking().Where(d => d.FundId == query.FundId);
            if (DealStages.TryParse(query.Stage, out var stage))
                deals = deals.Where(d => d.Stage == stage);
            var assignee = Input.Clean(query.Assignee);
            if (assignee == Unassigned)
                deals = deals.Where(d => d.AssigneeId == null);
            else if (Guid.TryParse(assignee, out var assigneeId))
                deals = deals.Where(d => d.AssigneeId == assigneeId);
            if (Input.Clean(query.Sector) is { } sector)
            {
                var startups = db.Startups.Where(s => s.Sectors.Contains(sector)).Select(s => s.Id);
                var projects = db.Projects.Where(p => startups.Contains(p.StartupId)).Select(p => p.Id);
                deals = deals.Where(d => projects.Contains(d.ProjectId));
            }
            if (Input.Clean(query.Q) is { } q)
            {
                // As discovery matches: either language, case-insensitive for Latin letters.
                var needle = q.ToLowerInvariant();
                var startups = db.Startups.Where(s => (s.Name.En != null && s.Name.En.ToLower().Contains(needle))
                    || (s.Name.Zh != null && s.Name.Zh.ToLower().Contains(needle))).Select(s => s.Id);
                var projects = db.Projects.Where(p => (p.Title.En != null && p.Title.En.ToLower().Contains(needle))
                    || (p.Title.Zh != null && p.Title.Zh.ToLower().Contains(needle))
                    || startups.Contains(p.StartupId)).Select(p => p.Id);
                deals = deals.Where(d => projects.Contains(d.ProjectId));
            }
            var page = await DealCards.Of(db, deals).ToPagedListAsync(query.Page, Paging.DefaultPageSize, ct);
            var sectors = await db.TaxonomyTerms.AsNoTracking()
                .Where(t => t.Kind == TaxonomyKind.Sector && t.IsActive)
                .OrderBy(t => t.SortOrder).ThenBy(t => t.Code)
                .Select(t => new SectorOption(t.Code, t.Group, t.Name))
                .ToListAsync(ct);
            return new Result(query.FundId, await PipelineAccess.FundNameAsync(db, query.FundId, ct), page,
                await PipelineAccess.TeamAsync(db, query.FundId, ct), sectors);
        }
    }
}
