using Marketplace.Application.Startups;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Funds;

/// <summary>The public profile of a fund: what anyone may see, and the reader's role in it (null for everyone off the team).</summary>
public sealed record FundDetails(
    Guid Id, LocalizedText Name, LocalizedText Description, string Type, NamedCode? Cluster, string? Website,
    long? SizeAmount, string? SizeCurrency, bool IsVerified, IReadOnlyList<FundTeamName> Team, FundMandateSummary Mandate, string? MyRole);
