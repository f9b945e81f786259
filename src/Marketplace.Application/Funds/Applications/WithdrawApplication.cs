using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Notifications;
using Marketplace.Application.Projects;
using Marketplace.Application.Startups;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Applications;

/// <summary>A founder withdraws a pending application of their project.</summary>
public static class WithdrawApplication
{
    public sealed record Command(Guid ApplicationId, int Version) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var application = await db.FundApplications.FirstOrDefaultAsync(a => a.Id == command.ApplicationId, ct) ?? throw new NotFoundException("Application");
            if (!await db.IsProjectOwnerAsync(application.ProjectId, user.Id, ct))
                throw new NotFoundException("Application");
            db.Entry(application).Property(a => a.Version).OriginalValue = command.Version;
            Consent.RequirePending(application.Status);
            application.Status = ConsentStatus.Withdrawn;
            application.DecidedById = user.Id;
            application.DecidedAt = clock.GetUtcNow().UtcDateTime;
            // The fund's team had it in their inbox: they learn it is gone.
            var projectTitle = await db.Projects.AsNoTracking().Where(p => p.Id == application.ProjectId).Select(p => p.Title).FirstAsync(ct);
            var fundName = await db.Funds.AsNoTracking().Where(f => f.Id == application.FundId).Select(f => f.Name).FirstAsync(ct);
            notifier.NotifyAll(await db.FundMemberIdsAsync(application.FundId, ct), "fund-application-withdrawn", $"/funds/{application.FundId}/inbox",
                ProjectRules.Name(projectTitle), ProjectRules.Name(fundName));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
