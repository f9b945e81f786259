namespace Marketplace.Application.Funds;

public sealed record FundTeamMember(Guid UserId, string DisplayName, string Role, DateTime JoinedAt);
