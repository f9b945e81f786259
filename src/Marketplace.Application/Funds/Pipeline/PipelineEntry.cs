using Marketplace.Application.Common;
using Marketplace.Domain.Funds;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>A new deal at Sourced with its "created" event; the callers check first that the fund has none for the project.</summary>
internal static class PipelineEntry
{
    public static Deal Add(IAppDbContext db, Guid fundId, Guid projectId, string source, Guid byId, DateTime now)
    {
        var deal = new Deal { FundId = fundId, ProjectId = projectId, Stage = DealStage.Sourced, Source = source };
        db.Deals.Add(deal);
        db.DealEvents.Add(new DealEvent { DealId = deal.Id, Kind = DealEventKinds.Created, ToStage = DealStage.Sourced, ById = byId, At = now });
        return deal;
    }

    /// <summary>Adds the deal unless the project is in the fund's pipeline already (then it stays where it is).</summary>
    public static async Task AddUnlessPresentAsync(IAppDbContext db, Guid fundId, Guid projectId, string source, Guid byId, DateTime now, CancellationToken ct)
    {
        if (!await db.Deals.AnyAsync(d => d.FundId == fundId && d.ProjectId == projectId, ct))
            Add(db, fundId, projectId, source, byId, now);
    }
}
