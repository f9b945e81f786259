using Marketplace.Application.Common;
using Marketplace.Application.Funds.Pipeline;
using Marketplace.Application.Notifications;
using Marketplace.Application.Projects;
using Marketplace.Application.Startups;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Applications;

/// <summary>
/// A member of the fund takes back the fund's pending intro request (a change of mind, a deal found
/// elsewhere): the founders no longer see it to answer, and learn it was withdrawn. The fund may ask
/// again later; an answered request stays as it was.
/// </summary>
public static class WithdrawIntro
{
    public sealed record Command(Guid IntroId, int Version) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var intro = await db.IntroRequests.FirstOrDefaultAsync(r => r.Id == command.IntroId, ct) ?? throw new NotFoundException("Intro");
            // Anyone outside the fund's team learns nothing, not even that the request exists.
            if (!await db.IsFundMemberAsync(intro.FundId, me, ct))
                throw new NotFoundException("Intro");
            db.Entry(intro).Property(r => r.Version).OriginalValue = command.Version;
            Consent.RequirePending(intro.Status);
            intro.Status = ConsentStatus.Withdrawn;
            intro.DecidedById = me;
            intro.DecidedAt = clock.GetUtcNow().UtcDateTime;
            var (startupId, title) = await Consent.ProjectAsync(db, intro.ProjectId, ct);
            var fundName = await PipelineAccess.FundNameAsync(db, intro.FundId, ct);
            notifier.NotifyAll(await db.StartupOwnerIdsAsync(startupId, ct), "intro-withdrawn", "/applications",
                ProjectRules.Name(fundName), ProjectRules.Name(title));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
