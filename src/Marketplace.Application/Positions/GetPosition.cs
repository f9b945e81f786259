using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions;

/// <summary>
/// A position's page: everyone's once published (and after it closed, as history); posters and
/// administrators see every state, with the history and what waits for review.
/// </summary>
public static class GetPosition
{
    [AllowAnonymous]
    public sealed record Query(Guid PositionId) : IQuery<PositionDetails>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, PositionDetails>
    {
        public async ValueTask<PositionDetails> Handle(Query query, CancellationToken ct) =>
            await PositionReader.LoadAsync(db, user, query.PositionId, ct);
    }
}
