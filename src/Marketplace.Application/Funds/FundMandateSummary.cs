using Marketplace.Application.Startups;

namespace Marketplace.Application.Funds;

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
