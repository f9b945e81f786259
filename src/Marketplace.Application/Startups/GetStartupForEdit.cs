using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

/// <summary>A startup's fields as its owners edit them (codes, not names), with the version the form sends back.</summary>
public sealed record StartupEdit(
    Guid Id, string? NameEn, string? NameZh, string? DescriptionEn, string? DescriptionZh, string ClusterKey,
    IReadOnlyList<string> Sectors, string Stage, int? FoundedYear, int? TeamSize, string? Website,
    IReadOnlyList<string> RelocationClusterKeys, bool HasLogo, int Version, StartupChoices Choices);

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
