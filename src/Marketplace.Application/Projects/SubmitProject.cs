using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Mediator;

namespace Marketplace.Application.Projects;

/// <summary>An owner sends a draft (or a project sent back for changes) to the administrators for publication.</summary>
public static class SubmitProject
{
    public sealed record Command(Guid ProjectId, int Version) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, ModerationQueue queue) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var project = await ProjectReader.RequireOwnerAsync(db, user, command.ProjectId, track: true, ct);
            db.Entry(project).Property(p => p.Version).OriginalValue = command.Version;
            ModerationWorkflow.Move(project, ModerationState.Submitted);
            await queue.SubmitAsync(Project.ContentType, project.Id, ModerationKind.Publication, ProjectRules.Name(project.Title), null, user.Id!.Value, ct);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
