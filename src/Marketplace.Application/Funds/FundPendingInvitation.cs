namespace Marketplace.Application.Funds;

public sealed record FundPendingInvitation(Guid Id, string Email, string Role, string InvitedBy, DateTime CreatedAt, DateTime ExpiresAt);
