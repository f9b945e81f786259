using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Matching;

public sealed record RecommendationSettings(bool RecommendationsEnabled, bool DigestEnabled);

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

/// <summary>
/// The signed-in user turns personalised recommendations (off: plain browsing everywhere) and the weekly
/// digest (off: neither the notification nor the e-mail) on or off. The profile is audited, so the
/// audit log keeps each change.
/// </summary>
public static class SetRecommendationSettings
{
    public sealed record Command(bool RecommendationsEnabled, bool DigestEnabled) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var profile = await db.UserProfiles.FirstOrDefaultAsync(u => u.Id == me, ct) ?? throw new NotFoundException("Profile");
            profile.RecommendationsEnabled = command.RecommendationsEnabled;
            profile.DigestEnabled = command.DigestEnabled;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
