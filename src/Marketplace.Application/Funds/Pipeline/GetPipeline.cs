using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

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
