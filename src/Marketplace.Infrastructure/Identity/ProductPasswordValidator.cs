using Marketplace.Application.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Infrastructure.Identity;

/// <summary>The same rules inside Identity, so no path (CLI, reset) can set a weak password.</summary>
public sealed class ProductPasswordValidator(IPasswordBlocklist blocklist) : IPasswordValidator<ApplicationUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (password is null || password.Length > PasswordRules.MaxLength)
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordTooLong", Description = "Password is too long." }));
        if (blocklist.Contains(password))
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordCommon", Description = "Password is too common." }));
        return Task.FromResult(IdentityResult.Success);
    }
}
