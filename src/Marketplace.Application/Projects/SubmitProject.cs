using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Projects;
using Mediator;

namespace Marketplace.Application.Projects;

/// <summary>An owner sends a draft (or a project sent back for changes) to the administrators for publication.</summary>
public static class SubmitProject
{
    public sealed record Command(Guid ProjectId, int Version) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, ListingModeration listings) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var project = await ProjectReader.RequireOwnerAsync(db, user, command.ProjectId, track: true, ct);
            await listings.SubmitAsync(project, command.Version, ct);
            return Unit.Value;
        }
    }
}
