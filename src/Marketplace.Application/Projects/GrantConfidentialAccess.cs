using Marketplace.Application.Common;
using Marketplace.Application.Notifications;
using Marketplace.Domain.Projects;
using Mediator;

namespace Marketplace.Application.Projects;

/// <summary>An owner lets a fund's managers see the confidential part (asked for, or again after a decline or a revocation).</summary>
public static class GrantConfidentialAccess
{
    public sealed record Command(Guid ProjectId, Guid AccessId, int Version) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            await AccessDecisions.DecideAsync(db, user, clock, notifier, command.ProjectId, command.AccessId, command.Version, AccessStatus.Granted, ct);
            return Unit.Value;
        }
    }
}
