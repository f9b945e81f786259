using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
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

    public sealed class Handler(IAppDbContext db, ICurrentUser user, ListingModeration listings) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var project = await ProjectReader.RequireOwnerAsync(db, user, command.ProjectId, track: true, ct);
            await listings.WithdrawAsync(project, command.Version, "Project.NothingPending", ct);
            return Unit.Value;
        }
    }
}
