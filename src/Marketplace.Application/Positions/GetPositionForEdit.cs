using Marketplace.Application.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions;

public static class GetPositionForEdit
{
    public sealed record Query(Guid PositionId) : IQuery<PositionEditor>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, PositionEditor>
    {
        public async ValueTask<PositionEditor> Handle(Query query, CancellationToken ct)
        {
            var position = await PositionReader.RequirePosterAsync(db, user, query.PositionId, track: false, ct);
            var pending = await db.ModerationRequests.AsNoTracking()
                .Where(r => r.ContentType == Position.ContentType && r.ContentId == position.Id
                    && r.Kind == ModerationKind.Revision && r.Decision == ModerationDecision.Pending)
                .OrderByDescending(r => r.SubmittedAt).Select(r => r.Payload).FirstOrDefaultAsync(ct);
            var values = pending is null ? PositionRevision.Of(position) : PositionRevision.Read(pending);
            var clusterKey = values.ClusterId is { } clusterId
                ? await db.Clusters.AsNoTracking().Where(c => c.Id == clusterId).Select(c => c.Key).FirstOrDefaultAsync(ct)
                : null;
            return new PositionEditor(position.Id, position.StartupId, position.FundId,
                await PositionRules.PosterNameAsync(db, position.StartupId, position.FundId, ct), position.State, pending is not null,
                values, clusterKey, position.Version, await PositionChoices.LoadAsync(db, ct));
        }
    }
}
