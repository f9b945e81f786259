using Marketplace.Application.Common.Security;
using Mediator;

namespace Marketplace.Application.Accounts;

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
