namespace Marketplace.Application.Startups;

public sealed record TeamMember(Guid UserId, string DisplayName, DateTime JoinedAt);
