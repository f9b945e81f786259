using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;

namespace Marketplace.Application.Funds;

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
