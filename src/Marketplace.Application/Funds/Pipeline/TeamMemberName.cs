namespace Marketplace.Application.Funds.Pipeline;

/// <summary>A member of the fund's team, as the pipeline names them (assignee, author, rater).</summary>
public sealed record TeamMemberName(Guid UserId, string DisplayName, string Role);
