using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>An administrator who has checked a fund gives it the verified badge, or takes it away. The audit log keeps who and when.</summary>
public static class SetFundVerified
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Command(Guid FundId, bool Verified) : ICommand;

    public sealed class Handler(IAppDbContext db) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var fund = await db.Funds.FirstOrDefaultAsync(f => f.Id == command.FundId, ct) ?? throw new NotFoundException("Fund");
            fund.SetVerified(command.Verified);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
