using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Profiles;

public static class GetMyProfile
{
    public sealed record Query : IQuery<MyProfile>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, MyProfile>
    {
        public async ValueTask<MyProfile> Handle(Query query, CancellationToken ct)
        {
            var id = user.Id ?? throw new NotAuthenticatedException();
            var profile = await (
                from p in db.UserProfiles.AsNoTracking()
                where p.Id == id
                join c in db.Clusters.AsNoTracking() on p.HomeClusterId equals c.Id into clusters
                from c in clusters.DefaultIfEmpty()
                select new { p.Id, p.DisplayName, p.Role, p.Culture, p.TimeZone, ClusterKey = c == null ? null : c.Key, p.Version })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Profile");

            // The user's latest request (a superseded one always has a newer one after it).
            var last = await db.ModerationRequests.AsNoTracking()
                .Where(r => r.ContentType == UserProfile.ContentType && r.ContentId == id && r.Decision != ModerationDecision.Superseded)
                .OrderByDescending(r => r.SubmittedAt)
                .Select(r => new { r.Decision, r.Reason, r.Payload })
                .FirstOrDefaultAsync(ct);
            var proposed = last is null ? null : ProfileRevision.Read(last.Payload).DisplayName;

            return new MyProfile(profile.Id, profile.DisplayName, profile.Role, profile.Culture, profile.TimeZone, profile.ClusterKey, profile.Version,
                last?.Decision == ModerationDecision.Pending ? proposed : null,
                last?.Decision, proposed, last?.Reason);
        }
    }
}
