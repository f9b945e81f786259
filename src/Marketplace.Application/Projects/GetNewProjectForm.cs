using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

public static class GetNewProjectForm
{
    public sealed record Query(Guid StartupId) : IQuery<ProjectFormChoices>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, ProjectFormChoices>
    {
        public async ValueTask<ProjectFormChoices> Handle(Query query, CancellationToken ct)
        {
            if (!await db.IsStartupOwnerAsync(query.StartupId, user.Id, ct))
                throw new NotFoundException("Startup");
            var name = await db.Startups.AsNoTracking().Where(s => s.Id == query.StartupId).Select(s => s.Name).FirstAsync(ct);
            return new ProjectFormChoices(query.StartupId, name, await ProjectCurrencies.ListAsync(db, ct));
        }
    }
}
