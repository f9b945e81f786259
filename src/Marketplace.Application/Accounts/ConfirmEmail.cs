using FluentValidation;
using Marketplace.Application.Common.Security;
using Mediator;

namespace Marketplace.Application.Accounts;

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
