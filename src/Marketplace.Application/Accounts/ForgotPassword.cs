using FluentValidation;
using Marketplace.Application.Common.Security;
using Mediator;

namespace Marketplace.Application.Accounts;

public static class ForgotPassword
{
    [AllowAnonymous]
    public sealed record Command(string Email) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Email).ValidEmail();
    }

    public sealed class Handler(IIdentityService identity, AccountEmails emails) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            // Same answer whether or not the account exists, so the form cannot be used to find accounts.
            var email = command.Email.Trim();
            if (await identity.CreatePasswordResetTokenAsync(email) is { } reset)
                await emails.SendPasswordResetAsync(reset.UserId, email, reset.Token, ct);
            return Unit.Value;
        }
    }
}
