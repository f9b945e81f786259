using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

public static class GetStartup
{
    [AllowAnonymous]
    public sealed record Query(Guid Id) : IQuery<StartupDetails>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, StartupDetails>
    {
        public async ValueTask<StartupDetails> Handle(Query query, CancellationToken ct)
        {
            var s = await (
                from startup in db.Startups.AsNoTracking()
                where startup.Id == query.Id
                join c in db.Clusters.AsNoTracking() on startup.ClusterId equals c.Id
                select new
                {
                    startup.Id, startup.Name, startup.Description, ClusterKey = c.Key, ClusterName = c.Name, startup.Sectors, startup.Stage,
                    startup.FoundedYear, startup.TeamSize, startup.Website, startup.LogoFileId, startup.RelocationClusterKeys, startup.IsVerified,
                }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Startup");

            var sectors = await SectorNamesAsync(db, s.Sectors, ct);
            var relocation = await db.Clusters.AsNoTracking().Where(c => s.RelocationClusterKeys.Contains(c.Key))
                .Select(c => new NamedCode(c.Key, c.Name)).ToListAsync(ct);
            var projects = await db.Projects.AsNoTracking()
                .Where(p => p.StartupId == s.Id && p.State == ModerationState.Published)
                .OrderByDescending(p => p.PublishedAt)
                .Select(p => new StartupProjectItem(p.Id, p.Title, p.Summary, p.SeekingAmount, p.SeekingCurrency, p.Instrument, p.Stage, p.PublishedAt))
                .ToListAsync(ct);

            return new StartupDetails(s.Id, s.Name, s.Description, new NamedCode(s.ClusterKey, s.ClusterName), sectors, s.Stage,
                s.FoundedYear, s.TeamSize, s.Website, s.LogoFileId is not null,
                s.RelocationClusterKeys.Select(k => relocation.FirstOrDefault(r => r.Code == k)).OfType<NamedCode>().ToList(),
                projects, await db.IsStartupOwnerAsync(s.Id, user.Id, ct), s.IsVerified);
        }
    }

    /// <summary>The sectors in the startup's order, named from the taxonomy (a retired term keeps its name).</summary>
    internal static async Task<List<NamedCode>> SectorNamesAsync(IAppDbContext db, IReadOnlyList<string> codes, CancellationToken ct)
    {
        var names = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Kind == TaxonomyKind.Sector && codes.Contains(t.Code))
            .ToDictionaryAsync(t => t.Code, t => t.Name, ct);
        return codes.Select(c => new NamedCode(c, names.GetValueOrDefault(c) ?? new LocalizedText(c, c))).ToList();
    }
}
