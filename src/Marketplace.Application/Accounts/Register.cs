using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Profiles;
using Marketplace.Domain.Common;
using Marketplace.Domain.Users;
using Mediator;

namespace Marketplace.Application.Accounts;

public static class Register
{
    [AllowAnonymous]
    /// <param name="TimeZone">The IANA zone the browser reports (a hidden field a script fills); unknown or missing: UTC.</param>
    public sealed record Command(string Email, string Password, string ConfirmPassword, string DisplayName, string Role, string Culture, string? TimeZone = null)
        : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IPasswordBlocklist blocklist, IIdentityService identity)
        {
            // The database is asked only about a well-formed address.
            RuleFor(x => x.Email).ValidEmail()
                .MustAsync(async (email, ct) => !await identity.EmailExistsAsync(email, ct))
                .WithMessage(_ => Text.Get("Validation.EmailTaken"));
            RuleFor(x => x.Password).StrongPassword(blocklist);
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => Text.Get("Validation.PasswordsDiffer"));
            RuleFor(x => x.DisplayName).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(DisplayNames.MaxLength);
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
            // A guess the visitor never saw: one the system does not know falls back to UTC (editable on the profile) instead of refusing the form.
            var id = await identity.CreateUserAsync(email, command.Password, command.DisplayName.Trim(), command.Role, command.Culture,
                TimeZones.OrUtc(command.TimeZone?.Trim()), ct);
            await emails.SendConfirmationAsync(id, email, command.Culture, ct);
            return id;
        }
    }
}
