using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions.Applications;

public static class GetPositionApplyBox
{
    public sealed record Query(Guid PositionId) : IQuery<ApplyBox>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, ApplyBox>
    {
        public async ValueTask<ApplyBox> Handle(Query query, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var position = await db.Positions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.PositionId, ct);
            if (position is null)
                return ApplyBox.Nothing(query.PositionId);
            if (await db.IsPosterAsync(position, me, ct))
            {
                var live = await db.PositionApplications.Where(a => a.PositionId == position.Id).Live().CountAsync(ct);
                return new ApplyBox(ApplyBoxKind.Poster, position.Id, false, null, null, live);
            }
            if (!user.IsInRole(RoleNames.Researcher) || !ApplicationRules.IsListed(position))
                return ApplyBox.Nothing(position.Id);

            var latest = await db.PositionApplications.AsNoTracking().Where(a => a.PositionId == position.Id && a.ResearcherId == me)
                .OrderByDescending(a => a.CreatedAt).Select(a => new { a.Id, a.Stage }).FirstOrDefaultAsync(ct);
            // Without a profile the button still shows: the apply page says what to do first.
            var blocker = await ApplicationRules.BlockerAsync(db, position, me, ApplicationRules.Today(clock), ct);
            return new ApplyBox(ApplyBoxKind.Researcher, position.Id, blocker is ApplyBlocker.None or ApplyBlocker.NoProfile, latest?.Id, latest?.Stage, 0);
        }
    }
}
