using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Researchers;
using Marketplace.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Researchers;

/// <summary>
/// How many researchers would like to work in a cluster, for its public page. Only a number, and
/// only of profiles that are not hidden, of active accounts: a hidden profile or a suspended account's
/// is not even counted, and no profile is shown.
/// </summary>
public static class CountClusterTalent
{
    [AllowAnonymous]
    public sealed record Query(string ClusterKey) : IQuery<int>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, int>
    {
        public async ValueTask<int> Handle(Query query, CancellationToken ct) =>
            await db.ResearcherProfiles.AsNoTracking()
                .CountAsync(p => p.Visibility != ResearcherVisibility.Hidden && p.DesiredClusterKeys.Contains(query.ClusterKey)
                                 && db.UserProfiles.Any(u => u.Id == p.Id && u.Status == AccountStatus.Active), ct);
    }
}
