using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

/// <summary>
/// An administrator who has checked a startup gives it the verified badge, or takes it away; its
/// founders then count as a verified organisation for researcher profiles shown to verified organisations only.
/// The audit log keeps who and when.
/// </summary>
public static class SetStartupVerified
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Command(Guid StartupId, bool Verified) : ICommand;

    public sealed class Handler(IAppDbContext db) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var startup = await db.Startups.FirstOrDefaultAsync(s => s.Id == command.StartupId, ct) ?? throw new NotFoundException("Startup");
            startup.IsVerified = command.Verified;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
