namespace Marketplace.Application.Startups;

public sealed record PendingInvitation(Guid Id, string Email, string InvitedBy, DateTime CreatedAt, DateTime ExpiresAt);
