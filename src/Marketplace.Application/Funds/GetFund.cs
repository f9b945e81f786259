using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

public static class GetFund
{
    [AllowAnonymous]
    public sealed record Query(Guid Id) : IQuery<FundDetails>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, FundDetails>
    {
        public async ValueTask<FundDetails> Handle(Query query, CancellationToken ct)
        {
            var x = await db.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == query.Id, ct) ?? throw new NotFoundException("Fund");
            var home = await db.Clusters.AsNoTracking().Where(c => c.Id == x.ClusterId).Select(c => new NamedCode(c.Key, c.Name)).FirstOrDefaultAsync(ct);

            var team = await (
                from m in db.FundMembers.AsNoTracking()
                where m.FundId == x.Id
                join p in db.UserProfiles.AsNoTracking() on m.UserId equals p.Id
                orderby m.JoinedAt
                select new FundTeamName(p.DisplayName, m.Role)).ToListAsync(ct);

            var clusterKeys = x.TargetClusterKeys.Concat(x.GuidanceRegions).Distinct().ToList();
            var clusters = await db.Clusters.AsNoTracking().Where(c => clusterKeys.Contains(c.Key)).ToDictionaryAsync(c => c.Key, c => c.Name, ct);
            List<NamedCode> Named(List<string> keys) => keys.Select(k => new NamedCode(k, clusters.GetValueOrDefault(k) ?? new LocalizedText(k, k))).ToList();

            var mandate = new FundMandateSummary(
                await GetStartup.SectorNamesAsync(db, x.MandateSectors, ct), x.MandateStages, x.TicketMin, x.TicketMax, x.TicketCurrency,
                Named(x.TargetClusterKeys), x.OpenToOtherClusters, x.OpenToNewDeals, x.WeeklyCapacity,
                x.GuidanceRule, Named(x.GuidanceRegions), x.ReinvestmentRatio, x.AcceptsRelocation);

            return new FundDetails(x.Id, x.Name, x.Description, x.Type,
                home, x.Website, x.SizeAmount, x.SizeCurrency, x.IsVerified,
                team, mandate, await db.FundRoleOfAsync(x.Id, user.Id, ct));
        }
    }
}
