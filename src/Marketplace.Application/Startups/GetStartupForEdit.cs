using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

public static class GetStartupForEdit
{
    public sealed record Query(Guid Id) : IQuery<StartupEdit>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, StartupEdit>
    {
        public async ValueTask<StartupEdit> Handle(Query query, CancellationToken ct)
        {
            var s = await (
                from startup in db.Startups.AsNoTracking()
                where startup.Id == query.Id
                join c in db.Clusters.AsNoTracking() on startup.ClusterId equals c.Id
                select new { startup, ClusterKey = c.Key }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Startup");
            if (!await db.IsStartupOwnerAsync(query.Id, user.Id, ct))
                throw new ForbiddenException();
            var x = s.startup;
            return new StartupEdit(x.Id, x.Name.En, x.Name.Zh, x.Description.En, x.Description.Zh, s.ClusterKey, x.Sectors, x.Stage,
                x.FoundedYear, x.TeamSize, x.Website, x.RelocationClusterKeys, x.LogoFileId is not null, x.Version,
                await StartupChoices.LoadAsync(db, ct));
        }
    }
}
