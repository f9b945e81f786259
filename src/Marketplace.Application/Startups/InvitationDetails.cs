using Marketplace.Domain.Common;

namespace Marketplace.Application.Startups;

/// <summary>What the invitation page shows: whose startup, from whom, and whether the link still works.</summary>
public sealed record InvitationDetails(Guid StartupId, LocalizedText StartupName, string InvitedBy, InvitationStatus Status, DateTime ExpiresAt);
