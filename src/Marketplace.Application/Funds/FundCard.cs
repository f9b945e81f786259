using Marketplace.Domain.Common;

namespace Marketplace.Application.Funds;

/// <summary>A fund as discovery lists it: its profile and the headline of its mandate.</summary>
public sealed record FundCard(
    Guid Id, LocalizedText Name, LocalizedText Excerpt, string Type, string? ClusterKey, LocalizedText? ClusterName,
    bool IsVerified, bool OpenToNewDeals, IReadOnlyList<string> Sectors, IReadOnlyList<string> Stages,
    long? TicketMin, long? TicketMax, string? TicketCurrency, string? GuidanceRule, decimal? ReinvestmentRatio, DateTime CreatedAt,
    long? TicketMinInSearchCurrency, long? TicketMaxInSearchCurrency);
