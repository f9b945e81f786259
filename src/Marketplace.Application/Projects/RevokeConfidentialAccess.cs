using Marketplace.Application.Common;
using Marketplace.Application.Notifications;
using Marketplace.Domain.Projects;
using Mediator;

namespace Marketplace.Application.Projects;

/// <summary>An owner takes a fund's access back: its managers no longer see the confidential part from now on.</summary>
public static class RevokeConfidentialAccess
{
    public sealed record Command(Guid ProjectId, Guid AccessId, int Version) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            await AccessDecisions.DecideAsync(db, user, clock, notifier, command.ProjectId, command.AccessId, command.Version, AccessStatus.Revoked, ct);
            return Unit.Value;
        }
    }
}
