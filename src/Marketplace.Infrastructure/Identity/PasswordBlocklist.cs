using System.Collections.Frozen;
using Marketplace.Application.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Infrastructure.Identity;

/// <summary>The shipped list of common passwords (Identity/common-passwords.txt), compared case-insensitively.</summary>
public sealed class PasswordBlocklist : IPasswordBlocklist
{
    private readonly FrozenSet<string> passwords;

    public PasswordBlocklist()
    {
        using var stream = typeof(PasswordBlocklist).Assembly.GetManifestResourceStream("Marketplace.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0)
                set.Add(line.Trim());
        passwords = set.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public int Count => passwords.Count;

    public bool Contains(string password) => passwords.Contains(password.Trim());
}

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
