namespace Marketplace.Application.Administration;

/// <summary>An account as the administrator's home lists it (recent sign-ups, suspended accounts).</summary>
public sealed record AdminAccount(Guid Id, string DisplayName, string Role, DateTime CreatedAt, DateTime UpdatedAt);
