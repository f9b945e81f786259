using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>What the mandate form offers: clusters (targets and regions), active sectors, and the currencies with a reference rate.</summary>
public sealed record MandateChoices(IReadOnlyList<ClusterChoice> Clusters, IReadOnlyList<SectorChoice> Sectors, IReadOnlyList<string> Currencies)
{
    internal static async Task<MandateChoices> LoadAsync(IAppDbContext db, CancellationToken ct)
    {
        var startupChoices = await StartupChoices.LoadAsync(db, ct);
        var currencies = await db.CurrencyRates.AsNoTracking().OrderBy(r => r.Currency).Select(r => r.Currency).ToListAsync(ct);
        return new MandateChoices(startupChoices.Clusters, startupChoices.Sectors, currencies);
    }
}

/// <summary>A fund's mandate as its partners edit it (codes, not names), with the version the form sends back.</summary>
public sealed record MandateEdit(
    Guid FundId, LocalizedText FundName, string FundType,
    IReadOnlyList<string> Sectors, IReadOnlyList<string> Stages, long? TicketMin, long? TicketMax, string? TicketCurrency,
    IReadOnlyList<string> TargetClusterKeys, bool OpenToOtherClusters, bool OpenToNewDeals, int? WeeklyCapacity,
    string? GuidanceRule, IReadOnlyList<string> GuidanceRegions, decimal? ReinvestmentRatio, bool AcceptsRelocation,
    int Version, MandateChoices Choices)
{
    public bool IsGuidanceFund => FundType == GuidanceRuleCodes.GuidanceFundType;
}

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
