using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Matching;

/// <summary>The signed-in user's recommendation settings: personalised recommendations, and the weekly digest.</summary>
public static class GetRecommendationSettings
{
    public sealed record Query : IQuery<RecommendationSettings>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, RecommendationSettings>
    {
        public async ValueTask<RecommendationSettings> Handle(Query query, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            return await db.UserProfiles.AsNoTracking().Where(u => u.Id == me)
                .Select(u => new RecommendationSettings(u.RecommendationsEnabled, u.DigestEnabled)).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException("Profile");
        }
    }
}
