using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Currencies;
using Marketplace.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

public static class GetDeal
{
    public sealed record Query(Guid FundId, Guid DealId) : IQuery<DealDetails>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, DealDetails>
    {
        public async ValueTask<DealDetails> Handle(Query query, CancellationToken ct)
        {
            var (deal, me) = await PipelineAccess.RequireDealAsync(db, user, query.FundId, query.DealId, track: false, ct);
            var project = await (
                from p in db.Projects.AsNoTracking()
                where p.Id == deal.ProjectId
                join s in db.Startups.AsNoTracking() on p.StartupId equals s.Id
                join c in db.Clusters.AsNoTracking() on s.ClusterId equals c.Id
                select new
                {
                    p.Title, p.Summary, p.StartupId, StartupName = s.Name, ClusterKey = c.Key, ClusterName = c.Name, s.Sectors,
                    p.Stage, p.SeekingAmount, p.SeekingCurrency, p.State,
                }).FirstAsync(ct);
            var codes = project.Sectors;
            var sectorNames = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == TaxonomyKind.Sector && codes.Contains(t.Code))
                .ToDictionaryAsync(t => t.Code, t => t.Name, ct);
            var sectors = codes.Select(c => sectorNames.TryGetValue(c, out var name) ? name : new LocalizedText(c, c)).ToList();
            var fundName = await PipelineAccess.FundNameAsync(db, deal.FundId, ct);
            var team = await PipelineAccess.TeamAsync(db, deal.FundId, ct);

            var events = await db.DealEvents.AsNoTracking().Where(e => e.DealId == deal.Id)
                .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).ToListAsync(ct);
            var notes = await db.DealNotes.AsNoTracking().Where(n => n.DealId == deal.Id)
                .OrderByDescending(n => n.CreatedAt).ToListAsync(ct);
            var ratings = await db.DealRatings.AsNoTracking().Where(r => r.DealId == deal.Id).ToListAsync(ct);

            // Names of everyone involved, members who have left the team included.
            var ids = events.Select(e => e.ById).Concat(events.Where(e => e.AssigneeId != null).Select(e => e.AssigneeId!.Value))
                .Concat(notes.Select(n => n.AuthorId)).Concat(ratings.Select(r => r.UserId)).Distinct().ToList();
            var names = await db.UserProfiles.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
            string NameOf(Guid id) => names.TryGetValue(id, out var n) ? n : "?";

            var history = events.Select(e => new DealHistoryItem(e.At, e.Kind, e.FromStage, e.ToStage, NameOf(e.ById),
                e.AssigneeId is { } a ? NameOf(a) : null, e.Reason, e.Note,
                e.Amount is { } amount && e.Currency is not null ? new Money(amount, e.Currency) : null)).ToList();
            var noteItems = notes.Select(n => new DealNoteItem(n.Id, NameOf(n.AuthorId), n.CreatedAt, n.Text)).ToList();
            var ratingItems = ratings
                .Select(r => new DealRatingItem(r.UserId, NameOf(r.UserId), r.Team, r.Market, r.Technology, r.Traction, r.Fit, r.RatedAt))
                .OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();

            var currencies = await db.CurrencyRates.AsNoTracking().Select(r => r.Currency).ToListAsync(ct);
            return new DealDetails(
                deal.Id, deal.FundId, fundName, deal.ProjectId, project.Title, project.Summary,
                project.StartupId, project.StartupName, project.ClusterKey, project.ClusterName, sectors,
                project.Stage, project.SeekingAmount, project.SeekingCurrency, project.State,
                deal.Stage, deal.Source, team.FirstOrDefault(m => m.UserId == deal.AssigneeId)
                    ?? (deal.AssigneeId is { } gone ? new TeamMemberName(gone, NameOf(gone), "") : null),
                deal.PassReason, deal.PassNote,
                deal.InvestedAmount is { } invested && deal.InvestedCurrency is not null ? new Money(invested, deal.InvestedCurrency) : null,
                deal.Version, history, noteItems, ratingItems, RatingAverages.Of(ratingItems), ratingItems.FirstOrDefault(r => r.UserId == me),
                team, currencies.OrderBy(c => c == CurrencyRate.Reference ? 0 : 1).ThenBy(c => c, StringComparer.Ordinal).ToList());
        }
    }
}
