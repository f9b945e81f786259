using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Funds.Pipeline;
using Marketplace.Application.Notifications;
using Marketplace.Application.Projects;
using Marketplace.Application.Startups;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Applications;

/// <summary>A fund member declines an application, with an optional note the founders receive.</summary>
public static class DeclineApplication
{
    public sealed record Command(Guid FundId, Guid ApplicationId, string? DeclineNote, int Version) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.DeclineNote).MaximumLength(Consent.NoteMaxLength);
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var me = await PipelineAccess.RequireMemberAsync(db, user, command.FundId, ct);
            var application = await db.FundApplications.FirstOrDefaultAsync(a => a.Id == command.ApplicationId && a.FundId == command.FundId, ct)
                ?? throw new NotFoundException("Application");
            db.Entry(application).Property(a => a.Version).OriginalValue = command.Version;
            Consent.RequirePending(application.Status);

            application.Status = ConsentStatus.Declined;
            application.DecidedById = me;
            application.DecidedAt = clock.GetUtcNow().UtcDateTime;
            application.DeclineNote = Input.Clean(command.DeclineNote);
            var (startupId, title) = await Consent.ProjectAsync(db, application.ProjectId, ct);
            var fundName = await PipelineAccess.FundNameAsync(db, command.FundId, ct);
            notifier.NotifyAll(await db.StartupOwnerIdsAsync(startupId, ct), "fund-application-declined", "/applications",
                ProjectRules.Name(fundName), ProjectRules.Name(title), application.DeclineNote ?? "");
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
