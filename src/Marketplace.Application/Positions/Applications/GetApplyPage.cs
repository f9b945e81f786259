using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions.Applications;

public static class GetApplyPage
{
    [RequiresRole(RoleNames.Researcher)]
    public sealed record Query(Guid PositionId) : IQuery<ApplyPage>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, ApplyPage>
    {
        public async ValueTask<ApplyPage> Handle(Query query, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var position = await db.Positions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.PositionId, ct);
            if (position is null || !ApplicationRules.IsListed(position))
                throw new NotFoundException("Position");
            var latest = await db.PositionApplications.AsNoTracking().Where(a => a.PositionId == position.Id && a.ResearcherId == me)
                .OrderByDescending(a => a.CreatedAt).Select(a => new { a.Id, a.Stage }).FirstOrDefaultAsync(ct);
            var blocker = await ApplicationRules.BlockerAsync(db, position, me, ApplicationRules.Today(clock), ct);
            return new ApplyPage(position.Id, position.Title, await ApplicationRules.PosterNameAsync(db, position, ct), position.Type, position.Deadline,
                blocker, latest?.Id, latest?.Stage);
        }
    }
}
