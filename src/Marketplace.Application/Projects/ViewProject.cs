using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Projects;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

/// <summary>
/// Someone opens a project's page: <see cref="GetProject"/>, plus what the look leaves behind. A signed-in
/// reader other than its owners counts as one view of the public listing per day, however often they reload;
/// anonymous looks are not counted (nothing about a visitor without an account is kept, and crawlers do not
/// inflate the number). A look at the confidential part by anyone but its owners is recorded for the owners to see.
/// </summary>
public static class ViewProject
{
    [AllowAnonymous]
    public sealed record Command(Guid ProjectId) : ICommand<ProjectDetails>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ProjectDetails>
    {
        public async ValueTask<ProjectDetails> Handle(Command command, CancellationToken ct)
        {
            var details = await ProjectReader.LoadAsync(db, user, command.ProjectId, ct);
            if (details.Viewer.IsOwner)
                return details;
            var now = clock.GetUtcNow().UtcDateTime;
            if (details.IsPublic && user.Id is { } viewer && await FirstLookTodayAsync(details.Id, viewer, DateOnly.FromDateTime(now), ct))
            {
                // A counter, not content: one UPDATE that leaves the version (and so the owners' open forms) alone.
                await db.Projects.Where(p => p.Id == details.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.ViewCount, p => p.ViewCount + 1), ct);
                details = details with { ViewCount = details.ViewCount + 1 };
            }
            if (details.Confidential is not null)
            {
                db.ConfidentialViews.Add(new ConfidentialView
                {
                    ProjectId = details.Id,
                    UserId = user.Id!.Value,
                    FundId = details.Viewer.AccessFundId,
                    What = ConfidentialViewKinds.Details,
                    At = now,
                });
                await db.SaveChangesAsync(ct);
            }
            return details;
        }

        /// <summary>
        /// Records the reader's look for the day; false when it was there already. Two reloads racing both
        /// miss the row, and the key refuses the second insert (rolled back to its savepoint): still one view.
        /// </summary>
        private async Task<bool> FirstLookTodayAsync(Guid projectId, Guid viewerId, DateOnly day, CancellationToken ct)
        {
            if (await db.ProjectViews.AnyAsync(v => v.ProjectId == projectId && v.ViewerId == viewerId && v.Day == day, ct))
                return false;
            var view = new ProjectView { ProjectId = projectId, ViewerId = viewerId, Day = day };
            db.ProjectViews.Add(view);
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateException e) when (UniqueViolations.Broke(e, "PK_ProjectViews", "ProjectViews.ProjectId, ProjectViews.ViewerId, ProjectViews.Day"))
            {
                db.ProjectViews.Entry(view).State = EntityState.Detached;
                return false;
            }
        }
    }
}
