using Marketplace.Domain.Common;

namespace Marketplace.Application.Funds;

/// <summary>What the invitation page shows: which fund, from whom, in which role, and whether the link still works.</summary>
public sealed record FundInvitationDetails(Guid FundId, LocalizedText FundName, string InvitedBy, string Role, InvitationStatus Status, DateTime ExpiresAt);
