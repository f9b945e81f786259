namespace Marketplace.Application.Funds;

public sealed record FundTeamName(string DisplayName, string Role);
