using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Clusters;

public static class ListClusters
{
    [AllowAnonymous]
    public sealed record Query(string? Mode = null) : IQuery<IReadOnlyList<ClusterSummary>>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, IReadOnlyList<ClusterSummary>>
    {
        public async ValueTask<IReadOnlyList<ClusterSummary>> Handle(Query query, CancellationToken ct)
        {
            var clusters = db.Clusters.AsNoTracking();
            if (DevelopmentModes.TryParse(query.Mode, out var mode))
                clusters = clusters.Where(c => c.Mode == mode);

            var rows = await (
                from c in clusters
                join s in db.ClusterStatistics.AsNoTracking() on c.Id equals s.ClusterId into stats
                from s in stats.DefaultIfEmpty()
                select new ClusterSummary(c.Id, c.Key, c.Name, c.CountryCode, c.Region, c.Mode,
                    s == null ? 0 : s.Members, s == null ? null : s.RefreshedAt))
                .ToListAsync(ct);

            // Reference order first (the product's own list), then the clusters administrators added, by key.
            return rows.OrderBy(r => Codes.ReferenceClusters.IndexOf(r.Key) is var i and >= 0 ? i : int.MaxValue)
                .ThenBy(r => r.Key, StringComparer.Ordinal)
                .ToList();
        }
    }
}

file static class ListExtensions
{
    public static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i] == value)
                return i;
        return -1;
    }
}
