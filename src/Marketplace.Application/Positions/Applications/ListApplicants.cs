using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions.Applications;

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
