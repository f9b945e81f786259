using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions.Applications;

/// <summary>One of the researcher's applications; anyone else's is not found.</summary>
public static class GetMyPositionApplication
{
    [RequiresRole(RoleNames.Researcher)]
    public sealed record Query(Guid Id) : IQuery<MyPositionApplication>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, MyPositionApplication>
    {
        public async ValueTask<MyPositionApplication> Handle(Query query, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var found = await (
                from a in db.PositionApplications.AsNoTracking()
                where a.Id == query.Id && a.ResearcherId == me
                join p in db.Positions.AsNoTracking() on a.PositionId equals p.Id
                select new
                {
                    a.Id, a.PositionId, p.Title, p.StartupId, p.FundId, a.Note, a.Stage, a.RejectionReason, a.RejectionNote, a.ConversationId,
                    a.CreatedAt, a.Version,
                }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Application");
            var names = await PosterNames.ForAsync(db, [(found.StartupId, found.FundId)], ct);
            return new MyPositionApplication(found.Id, found.PositionId, found.Title, names(found.StartupId, found.FundId), found.Note, found.Stage,
                found.RejectionReason, found.RejectionNote, found.ConversationId, found.CreatedAt, ApplicationStages.IsLive(found.Stage), found.Version,
                await ApplicationHistory.OfAsync(db, found.Id, ct));
        }
    }
}
