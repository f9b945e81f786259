using Marketplace.Application.Common;
using Mediator;

namespace Marketplace.Application.Positions;

/// <summary>The new-position form, for a founder of the startup or a manager of the fund only.</summary>
public static class GetNewPositionForm
{
    public sealed record Query(Guid? StartupId, Guid? FundId) : IQuery<NewPositionForm>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, NewPositionForm>
    {
        public async ValueTask<NewPositionForm> Handle(Query query, CancellationToken ct)
        {
            // Exactly one poster; anything else names nothing the user could post for.
            if ((query.StartupId is null) == (query.FundId is null))
                throw new NotFoundException("Poster");
            if (!await db.IsPosterAsync(query.StartupId, query.FundId, user.Id, ct))
                throw new ForbiddenException();
            return new NewPositionForm(query.StartupId, query.FundId,
                await PositionRules.PosterNameAsync(db, query.StartupId, query.FundId, ct), await PositionChoices.LoadAsync(db, ct));
        }
    }
}
