using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Matching;

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
