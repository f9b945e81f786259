using Marketplace.Application.Accounts;
using Marketplace.Application.Common;
using Marketplace.Domain.Users;
using Marketplace.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Identity;

public sealed class IdentityService(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    AppDbContext db,
    TimeProvider clock) : IIdentityService
{
    public async Task<Guid> CreateUserAsync(string email, string? password, string displayName, string role, string culture, string timeZone, CancellationToken ct)
    {
        var user = new ApplicationUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        Throw(created);
        Throw(await users.AddToRoleAsync(user, role));
        db.UserProfiles.Add(new UserProfile(user.Id, displayName, role, culture) { TimeZone = timeZone });
        await db.SaveChangesAsync(ct);
        return user.Id;
    }

    public Task<bool> EmailExistsAsync(string email, CancellationToken ct)
    {
        var normalized = users.NormalizeEmail(email.Trim());
        return db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct);
    }

    public async Task<(SignInOutcome Outcome, Guid? UserId)> PasswordSignInAsync(string email, string password, bool remember, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // Spend the time a real check would, so response times do not tell which e-mails exist.
            users.PasswordHasher.HashPassword(new ApplicationUser(), password);
            return (SignInOutcome.Failed, null);
        }
        // The password first: only someone who knows it learns that the account is suspended.
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!result.Succeeded)
            return (result.IsLockedOut ? SignInOutcome.LockedOut : result.IsNotAllowed ? SignInOutcome.NotAllowed : SignInOutcome.Failed, null);
        if (await ProductSignInManager.IsSuspendedAsync(db, user.Id, ct))
            return (SignInOutcome.Suspended, null);
        await signIn.SignInAsync(user, remember);
        return (SignInOutcome.Succeeded, user.Id);
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

    public async Task<string?> CreateEmailConfirmationTokenAsync(Guid userId)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user is null ? null : await users.GenerateEmailConfirmationTokenAsync(user);
    }

    public async Task<bool> ConfirmEmailAsync(Guid userId, string token)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }

    public async Task<(Guid UserId, string Token)?> CreatePasswordResetTokenAsync(string email)
    {
        var user = await users.FindByEmailAsync(email);
        return user is null ? null : (user.Id, await users.GeneratePasswordResetTokenAsync(user));
    }

    public async Task<bool> ResetPasswordAsync(Guid userId, string token, string newPassword)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
            return false;
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (result.Errors.Any(e => e.Code == "InvalidToken"))
            return false;
        Throw(result);
        // Whoever holds the e-mailed token owns the mailbox: a lockout from someone else's guesses ends here.
        Throw(await users.ResetAccessFailedCountAsync(user));
        Throw(await users.SetLockoutEndDateAsync(user, null));
        return true;
    }

    public async Task<Guid?> FindUserIdByEmailAsync(string email, CancellationToken ct)
    {
        var normalized = users.NormalizeEmail(email.Trim());
        return await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
    }

    public async Task ChangeEmailAsync(Guid userId, string email, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("User");
        Throw(await users.SetEmailAsync(user, email));
        Throw(await users.SetUserNameAsync(user, email));
    }

    public async Task ChangeRoleAsync(Guid userId, string role, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("User");
        var current = await users.GetRolesAsync(user);
        var stale = current.Where(r => r != role).ToList();
        if (stale.Count > 0)
            Throw(await users.RemoveFromRolesAsync(user, stale));
        if (!current.Contains(role))
            Throw(await users.AddToRoleAsync(user, role));
    }

    private static void Throw(IdentityResult result)
    {
        if (result.Succeeded)
            return;
        throw new InputValidationException(result.Errors.Select(e => new FieldError(FieldOf(e.Code), MessageOf(e))).ToList());
    }

    private static string FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
        : code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? "Email"
        : "";

    private static string MessageOf(IdentityError error) => error.Code switch
    {
        "DuplicateEmail" or "DuplicateUserName" => Text.Get("Validation.EmailTaken"),
        "PasswordCommon" => Text.Get("Validation.CommonPassword"),
        "PasswordTooShort" or "PasswordTooLong" => Text.Format("Validation.PasswordLength", PasswordRules.MinLength, PasswordRules.MaxLength),
        _ => error.Description,
    };
}
