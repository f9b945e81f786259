using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Notifications;
using Marketplace.Application.Projects;
using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions.Applications;

/// <summary>The researcher withdraws a live application; the poster is told. They may apply again later.</summary>
public static class WithdrawPositionApplication
{
    [RequiresRole(RoleNames.Researcher)]
    public sealed record Command(Guid ApplicationId, int Version) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var application = await db.PositionApplications.FirstOrDefaultAsync(a => a.Id == command.ApplicationId && a.ResearcherId == me, ct)
                ?? throw new NotFoundException("Application");
            if (application.Version != command.Version)
                throw new ConcurrencyConflictException();
            db.Entry(application).Property(a => a.Version).OriginalValue = command.Version;
            if (!ApplicationStages.IsLive(application.Stage))
                throw new DomainException("PositionApplication.NotLive");

            var from = application.Stage;
            application.Stage = ApplicationStage.Withdrawn;
            db.PositionApplicationEvents.Add(new PositionApplicationEvent
            {
                ApplicationId = application.Id,
                FromStage = from,
                ToStage = ApplicationStage.Withdrawn,
                ById = me,
                At = clock.GetUtcNow().UtcDateTime,
            });
            var position = await db.Positions.AsNoTracking().FirstAsync(p => p.Id == application.PositionId, ct);
            notifier.NotifyAll(await db.PosterUserIdsAsync(position, ct), "position-application-withdrawn",
                $"/positions/{position.Id}/applicants/{application.Id}",
                await ApplicationRules.DisplayNameAsync(db, me, ct), ProjectRules.Name(position.Title));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
