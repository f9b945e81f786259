using Marketplace.Application.Common;
using Marketplace.Application.Notifications;
using Marketplace.Domain.Projects;
using Mediator;

namespace Marketplace.Application.Projects;

/// <summary>An owner refuses a fund's request to see the confidential part; the fund may ask again.</summary>
public static class DeclineConfidentialAccess
{
    public sealed record Command(Guid ProjectId, Guid AccessId, int Version) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            await AccessDecisions.DecideAsync(db, user, clock, notifier, command.ProjectId, command.AccessId, command.Version, AccessStatus.Declined, ct);
            return Unit.Value;
        }
    }
}
