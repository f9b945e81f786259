using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;
using Marketplace.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Clusters;

/// <summary>
/// Recounts what each cluster has on the market. Run by a recurring job (and on demand by an
/// administrator); safe to run twice: it overwrites the counts, it never adds to them.
/// </summary>
public static class RefreshClusterStatistics
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Command : ICommand<int>;

    public sealed class Handler(IAppDbContext db, TimeProvider clock) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var clusterIds = await db.Clusters.Select(c => c.Id).ToListAsync(ct);
            // People on the market: active accounts in one of the market roles (administrators are staff, not members).
            var byRole = await db.UserProfiles
                .Where(p => p.HomeClusterId != null && p.Status == AccountStatus.Active && p.Role != RoleNames.Admin)
                .GroupBy(p => new { p.HomeClusterId, p.Role })
                .Select(g => new { g.Key.HomeClusterId, g.Key.Role, Count = g.Count() })
                .ToListAsync(ct);
            var existing = await db.ClusterStatistics.ToDictionaryAsync(s => s.ClusterId, ct);

            foreach (var id in clusterIds)
            {
                if (!existing.TryGetValue(id, out var stats))
                {
                    stats = new ClusterStatistics { ClusterId = id };
                    db.ClusterStatistics.Add(stats);
                }
                int Count(string role) => byRole.Where(r => r.HomeClusterId == id && r.Role == role).Sum(r => r.Count);
                stats.Founders = Count(RoleNames.Founder);
                stats.FundManagers = Count(RoleNames.FundManager);
                stats.Researchers = Count(RoleNames.Researcher);
                stats.Members = byRole.Where(r => r.HomeClusterId == id).Sum(r => r.Count);
                stats.RefreshedAt = now;
            }
            await db.SaveChangesAsync(ct);
            return clusterIds.Count;
        }
    }
}
