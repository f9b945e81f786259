namespace Marketplace.Application.Accounts;

/// <summary>Identity (credentials, tokens, sign-in) as the application needs it; ASP.NET Core Identity implements it.</summary>
public interface IIdentityService
{
    /// <summary>Creates the account and its profile in the current transaction; Identity's refusals come back as field errors.</summary>
    Task<Guid> CreateUserAsync(string email, string? password, string displayName, string role, string culture, string timeZone, CancellationToken ct);
    Task<bool> EmailExistsAsync(string email, CancellationToken ct);
    /// <summary>Checks the password first (counting failures towards lockout), and only then whether the account may sign in.</summary>
    Task<(SignInOutcome Outcome, Guid? UserId)> PasswordSignInAsync(string email, string password, bool remember, CancellationToken ct);
    Task SignOutAsync();
    Task<string?> CreateEmailConfirmationTokenAsync(Guid userId);
    Task<bool> ConfirmEmailAsync(Guid userId, string token);
    /// <summary>Null when no such account (the caller must not tell the difference to the visitor).</summary>
    Task<(Guid UserId, string Token)?> CreatePasswordResetTokenAsync(string email);
    /// <summary>False for a wrong or expired token; a successful reset also lifts a lockout.</summary>
    Task<bool> ResetPasswordAsync(Guid userId, string token, string newPassword);
    Task<Guid?> FindUserIdByEmailAsync(string email, CancellationToken ct);
    /// <summary>Administrative changes (the import): the sign-in name follows the e-mail; the new address is unconfirmed.</summary>
    Task ChangeEmailAsync(Guid userId, string email, CancellationToken ct);
    /// <summary>Leaves the account in exactly this one role.</summary>
    Task ChangeRoleAsync(Guid userId, string role, CancellationToken ct);
}
