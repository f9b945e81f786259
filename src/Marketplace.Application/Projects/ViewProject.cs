using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Projects;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

/// <summary>
/// Someone opens a project's page: <see cref="GetProject"/>, plus what the look leaves behind. A
/// look at the public listing by anyone but its owners counts as a view; a look at the confidential
/// part by anyone but its owners is recorded for the owners to see.
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
            if (details.IsPublic)
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
                    At = clock.GetUtcNow().UtcDateTime,
                });
                await db.SaveChangesAsync(ct);
            }
            return details;
        }
    }
}

public static class ConfidentialViewKinds
{
    public const string Details = "details";
    public const string Deck = "deck";
}
