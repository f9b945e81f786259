using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

public sealed record FundTeamName(string DisplayName, string Role);

/// <summary>
/// What the fund invests in, as its public page says it. Every rule is optional: an empty list or a
/// null means the fund set no such rule.
/// </summary>
public sealed record FundMandateSummary(
    IReadOnlyList<NamedCode> Sectors, IReadOnlyList<string> Stages, long? TicketMin, long? TicketMax, string? TicketCurrency,
    IReadOnlyList<NamedCode> TargetClusters, bool OpenToOtherClusters, bool OpenToNewDeals, int? WeeklyCapacity,
    string? GuidanceRule, IReadOnlyList<NamedCode> GuidanceRegions, decimal? ReinvestmentRatio, bool AcceptsRelocation)
{
    public bool HasTicket => TicketMin is not null || TicketMax is not null;

    /// <summary>A region rule that binds: <c>none</c> and no rule read the same.</summary>
    public bool HasRegionRule => GuidanceRule is { } rule && rule != "none";
}

/// <summary>The public profile of a fund: what anyone may see, and the reader's role in it (null for everyone off the team).</summary>
public sealed record FundDetails(
    Guid Id, LocalizedText Name, LocalizedText Description, string Type, NamedCode? Cluster, string? Website,
    long? SizeAmount, string? SizeCurrency, bool IsVerified, IReadOnlyList<FundTeamName> Team, FundMandateSummary Mandate, string? MyRole);

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
