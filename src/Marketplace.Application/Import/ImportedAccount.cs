namespace Marketplace.Application.Import;

public sealed record ImportedAccount(string Email, string Role, string DisplayName);
