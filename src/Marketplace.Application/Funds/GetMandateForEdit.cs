using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>The mandate form: the fund's partners only (analysts and everyone else get 403).</summary>
public static class GetMandateForEdit
{
    public sealed record Query(Guid FundId) : IQuery<MandateEdit>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, MandateEdit>
    {
        public async ValueTask<MandateEdit> Handle(Query query, CancellationToken ct)
        {
            var f = await MandateAccess.RequirePartnerAsync(db, user, query.FundId, track: false, ct);
            return new MandateEdit(
                f.Id, f.Name, f.Type, f.MandateSectors, f.MandateStages, f.TicketMin, f.TicketMax, f.TicketCurrency,
                f.TargetClusterKeys, f.OpenToOtherClusters, f.OpenToNewDeals, f.WeeklyCapacity,
                f.GuidanceRule, f.GuidanceRegions, f.ReinvestmentRatio, f.AcceptsRelocation, f.Version,
                await MandateChoices.LoadAsync(db, ct));
        }
    }
}
