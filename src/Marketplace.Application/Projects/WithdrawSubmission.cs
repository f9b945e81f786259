using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Mediator;

namespace Marketplace.Application.Projects;

/// <summary>
/// An owner takes back what waits for review: a submitted project becomes a draft again (to edit it),
/// a published project's pending revision is dropped and the published version stays.
/// </summary>
public static class WithdrawSubmission
{
    public sealed record Command(Guid ProjectId, int Version) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, ModerationQueue queue, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var project = await ProjectReader.RequireOwnerAsync(db, user, command.ProjectId, track: true, ct);
            db.Entry(project).Property(p => p.Version).OriginalValue = command.Version;
            var pending = await queue.FindPendingAsync(Project.ContentType, project.Id, ct) ?? throw new DomainException("Project.NothingPending");
            await queue.WithdrawAsync(Project.ContentType, project.Id, user.Id!.Value, ct);
            if (pending.Kind == ModerationKind.Publication)
                ModerationWorkflow.Move(project, ModerationState.Draft);
            else
                project.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
