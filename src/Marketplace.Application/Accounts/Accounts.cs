using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Profiles;
using Marketplace.Domain.Common;
using Mediator;

namespace Marketplace.Application.Accounts;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
    NotAllowed,
}

/// <summary>Identity (credentials, tokens, sign-in) as the application needs it; ASP.NET Core Identity implements it.</summary>
public interface IIdentityService
{
    /// <summary>Creates the account and its profile in the current transaction; Identity's refusals come back as field errors.</summary>
    Task<Guid> CreateUserAsync(string email, string? password, string displayName, string role, string culture, CancellationToken ct);
    Task<bool> EmailExistsAsync(string email, CancellationToken ct);
    Task<SignInOutcome> PasswordSignInAsync(string email, string password, bool remember, CancellationToken ct);
    Task SignOutAsync();
    Task<string?> CreateEmailConfirmationTokenAsync(Guid userId);
    Task<bool> ConfirmEmailAsync(Guid userId, string token);
    /// <summary>Null when no such account (the caller must not tell the difference to the visitor).</summary>
    Task<(Guid UserId, string Token)?> CreatePasswordResetTokenAsync(string email);
    Task<bool> ResetPasswordAsync(Guid userId, string token, string newPassword);
    Task<Guid?> FindUserIdByEmailAsync(string email, CancellationToken ct);
    /// <summary>Administrative changes (the import): the sign-in name follows the e-mail; the new address is unconfirmed.</summary>
    Task ChangeEmailAsync(Guid userId, string email, CancellationToken ct);
    /// <summary>Leaves the account in exactly this one role.</summary>
    Task ChangeRoleAsync(Guid userId, string role, CancellationToken ct);
}

/// <summary>Absolute links that e-mails carry; the web app builds them from its routes.</summary>
public interface IAppLinks
{
    string ConfirmEmail(Guid userId, string token);
    string ResetPassword(Guid userId, string token);
}

/// <summary>Passwords the product refuses whatever their length (OWASP ASVS 2.1.7: a list of breached passwords).</summary>
public interface IPasswordBlocklist
{
    bool Contains(string password);
}

/// <summary>OWASP ASVS L2: 8 to 128 characters, no composition rules, not a common password.</summary>
public static class PasswordRules
{
    public const int MinLength = 8;
    public const int MaxLength = 128;

    public static IRuleBuilderOptions<T, string> StrongPassword<T>(this IRuleBuilder<T, string> rule, IPasswordBlocklist blocklist) =>
        rule.NotEmpty()
            .MinimumLength(MinLength)
            .MaximumLength(MaxLength)
            .Must(p => p is null || !blocklist.Contains(p)).WithMessage(_ => Text.Get("Validation.CommonPassword"));
}

public static class Register
{
    [AllowAnonymous]
    public sealed record Command(string Email, string Password, string ConfirmPassword, string DisplayName, string Role, string Culture)
        : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IPasswordBlocklist blocklist, IIdentityService identity)
        {
            RuleFor(x => x.Email).NotEmpty().MaximumLength(254).EmailAddress()
                .MustAsync(async (email, ct) => !await identity.EmailExistsAsync(email, ct))
                .WithMessage(_ => Text.Get("Validation.EmailTaken"));
            RuleFor(x => x.Password).StrongPassword(blocklist);
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => Text.Get("Validation.PasswordsDiffer"));
            RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(DisplayNames.MaxLength);
            // Administrators are never self-chosen: they come from the CLI or configuration.
            RuleFor(x => x.Role).Must(r => Codes.SelfChosenRoles.Contains(r)).WithMessage(_ => Text.Get("Validation.ChooseRole"));
            RuleFor(x => x.Culture).Must(c => Codes.Cultures.Contains(c)).WithMessage(_ => Text.Get("Validation.UnknownCode"));
        }
    }

    public sealed class Handler(IIdentityService identity, AccountEmails emails) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken ct)
        {
            var email = command.Email.Trim();
            var id = await identity.CreateUserAsync(email, command.Password, command.DisplayName.Trim(), command.Role, command.Culture, ct);
            await emails.SendConfirmationAsync(id, email, command.Culture, ct);
            return id;
        }
    }
}

public static class SignIn
{
    [AllowAnonymous]
    public sealed record Command(string Email, string Password, bool RememberMe) : ICommand<SignInOutcome>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Email).NotEmpty().MaximumLength(254);
            RuleFor(x => x.Password).NotEmpty().MaximumLength(PasswordRules.MaxLength);
        }
    }

    public sealed class Handler(IIdentityService identity) : ICommandHandler<Command, SignInOutcome>
    {
        public async ValueTask<SignInOutcome> Handle(Command command, CancellationToken ct) =>
            await identity.PasswordSignInAsync(command.Email.Trim(), command.Password, command.RememberMe, ct);
    }
}

public static class SignOut
{
    [AllowAnonymous]
    public sealed record Command : ICommand;

    public sealed class Handler(IIdentityService identity) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            await identity.SignOutAsync();
            return Unit.Value;
        }
    }
}

public static class ConfirmEmail
{
    [AllowAnonymous]
    public sealed record Command(Guid UserId, string Token) : ICommand<bool>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.UserId).NotEmpty();
            RuleFor(x => x.Token).NotEmpty().MaximumLength(2000);
        }
    }

    public sealed class Handler(IIdentityService identity) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken ct) => await identity.ConfirmEmailAsync(command.UserId, command.Token);
    }
}

public static class ForgotPassword
{
    [AllowAnonymous]
    public sealed record Command(string Email) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Email).NotEmpty().MaximumLength(254).EmailAddress();
    }

    public sealed class Handler(IIdentityService identity, AccountEmails emails) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            // Same answer whether or not the account exists, so the form cannot be used to find accounts.
            var token = await identity.CreatePasswordResetTokenAsync(command.Email.Trim());
            if (token is { } t)
                await emails.SendPasswordResetAsync(t.UserId, command.Email.Trim(), t.Token, ct);
            return Unit.Value;
        }
    }
}

public static class ResetPassword
{
    [AllowAnonymous]
    public sealed record Command(Guid UserId, string Token, string Password, string ConfirmPassword) : ICommand<bool>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IPasswordBlocklist blocklist)
        {
            RuleFor(x => x.UserId).NotEmpty();
            RuleFor(x => x.Token).NotEmpty().MaximumLength(2000);
            RuleFor(x => x.Password).StrongPassword(blocklist);
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => Text.Get("Validation.PasswordsDiffer"));
        }
    }

    public sealed class Handler(IIdentityService identity) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken ct) =>
            await identity.ResetPasswordAsync(command.UserId, command.Token, command.Password);
    }
}
