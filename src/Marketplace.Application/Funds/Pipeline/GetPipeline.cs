using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>A deal as the board and the list show it.</summary>
public sealed record DealCard(
    Guid Id, Guid ProjectId, LocalizedText Title, LocalizedText StartupName, long SeekingAmount, string SeekingCurrency,
    DealStage Stage, string? AssigneeName, int Version, DateTime UpdatedAt);

/// <summary>One column of the board: how many deals are at the stage, and the most recently changed of them.</summary>
public sealed record StageColumn(DealStage Stage, int Count, IReadOnlyList<DealCard> Cards)
{
    public bool HasMore => Count > Cards.Count;
}

public sealed record PipelineBoard(Guid FundId, LocalizedText FundName, IReadOnlyList<StageColumn> Columns)
{
    public int Total => Columns.Sum(c => c.Count);
}

/// <summary>The pipeline board: a column per stage with its count; a column shows its latest deals, the list view has them all.</summary>
public static class GetPipeline
{
    public const int CardsPerColumn = 30;

    public sealed record Query(Guid FundId) : IQuery<PipelineBoard>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, PipelineBoard>
    {
        public async ValueTask<PipelineBoard> Handle(Query query, CancellationToken ct)
        {
            await PipelineAccess.RequireMemberAsync(db, user, query.FundId, ct);
            var counts = await db.Deals.AsNoTracking().Where(d => d.FundId == query.FundId)
                .GroupBy(d => d.Stage).Select(g => new { Stage = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Stage, g => g.Count, ct);
            var columns = new List<StageColumn>();
            foreach (var stage in DealStages.All)
            {
                var count = counts.GetValueOrDefault(stage);
                var cards = count == 0
                    ? []
                    : await DealCards.Of(db, db.Deals.Where(d => d.FundId == query.FundId && d.Stage == stage))
                        .Take(CardsPerColumn).ToListAsync(ct);
                columns.Add(new StageColumn(stage, count, cards));
            }
            return new PipelineBoard(query.FundId, await PipelineAccess.FundNameAsync(db, query.FundId, ct), columns);
        }
    }
}

internal static class DealCards
{
    /// <summary>The deals as cards, latest change first (ordered here: a card's constructor cannot be sorted on in SQL).</summary>
    public static IQueryable<DealCard> Of(IAppDbContext db, IQueryable<Deal> deals) =>
        from d in deals.AsNoTracking()
        join p in db.Projects.AsNoTracking() on d.ProjectId equals p.Id
        join s in db.Startups.AsNoTracking() on p.StartupId equals s.Id
        join u in db.UserProfiles.AsNoTracking() on d.AssigneeId equals (Guid?)u.Id into assignees
        from u in assignees.DefaultIfEmpty()
        orderby d.UpdatedAt descending, d.Id
        select new DealCard(d.Id, d.ProjectId, p.Title, s.Name, p.SeekingAmount, p.SeekingCurrency, d.Stage,
            u == null ? null : u.DisplayName, d.Version, d.UpdatedAt);
}
