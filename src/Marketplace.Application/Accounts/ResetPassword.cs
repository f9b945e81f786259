using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Mediator;

namespace Marketplace.Application.Accounts;

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
