using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Researchers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Researchers;

/// <summary>
/// How many researchers would like to work in a cluster, for its public page. Only a number, and
/// only of profiles that are not hidden: a hidden profile is not even counted, and no profile is shown.
/// </summary>
public static class CountClusterTalent
{
    [AllowAnonymous]
    public sealed record Query(string ClusterKey) : IQuery<int>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, int>
    {
        public async ValueTask<int> Handle(Query query, CancellationToken ct) =>
            await db.ResearcherProfiles.AsNoTracking()
                .CountAsync(p => p.Visibility != ResearcherVisibility.Hidden && p.DesiredClusterKeys.Contains(query.ClusterKey), ct);
    }
}
