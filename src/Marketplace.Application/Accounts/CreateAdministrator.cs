using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Profiles;
using Marketplace.Domain.Common;
using Marketplace.Domain.Users;
using Mediator;

namespace Marketplace.Application.Accounts;

/// <summary>
/// The first administrator comes from the CLI or from configuration, never from a form and
/// never with a password written in the code.
/// </summary>
public static class CreateAdministrator
{
    [SystemOnly]
    public sealed record Command(string Email, string Password, string DisplayName, string Culture = "en") : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IPasswordBlocklist blocklist, IIdentityService identity)
        {
            RuleFor(x => x.Email).ValidEmail()
                .MustAsync(async (email, ct) => !await identity.EmailExistsAsync(email, ct))
                .WithMessage(_ => Text.Get("Validation.EmailTaken"));
            RuleFor(x => x.Password).StrongPassword(blocklist);
            RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(DisplayNames.MaxLength);
            RuleFor(x => x.Culture).Must(c => Codes.Cultures.Contains(c)).WithMessage(_ => Text.Get("Validation.UnknownCode"));
        }
    }

    public sealed class Handler(IIdentityService identity) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken ct) =>
            await identity.CreateUserAsync(command.Email.Trim(), command.Password, command.DisplayName.Trim(), RoleNames.Admin, command.Culture, TimeZones.Utc, ct);
    }
}
