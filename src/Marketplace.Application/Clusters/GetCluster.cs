using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Clusters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Clusters;

public static class GetCluster
{
    [AllowAnonymous]
    public sealed record Query(string Key) : IQuery<ClusterDetails>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, ClusterDetails>
    {
        public async ValueTask<ClusterDetails> Handle(Query query, CancellationToken ct)
        {
            var details = await (
                from c in db.Clusters.AsNoTracking()
                where c.Key == query.Key
                join s in db.ClusterStatistics.AsNoTracking() on c.Id equals s.ClusterId into stats
                from s in stats.DefaultIfEmpty()
                select new ClusterDetails(c.Id, c.Key, c.Name, c.CountryCode, c.Region, c.Mode, c.Description, c.Version,
                    s == null
                        ? new ClusterCounts(0, 0, 0, 0, null)
                        : new ClusterCounts(s.Members, s.Founders, s.FundManagers, s.Researchers, s.RefreshedAt)))
                .FirstOrDefaultAsync(ct);
            return details ?? throw new NotFoundException("Cluster");
        }
    }
}
