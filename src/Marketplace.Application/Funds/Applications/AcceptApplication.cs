using Marketplace.Application.Common;
using Marketplace.Application.Conversations;
using Marketplace.Application.Funds.Pipeline;
using Marketplace.Application.Notifications;
using Marketplace.Application.Projects;
using Marketplace.Application.Startups;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Applications;

/// <summary>
/// A fund member accepts an application: the deal enters the pipeline, and the conversation between the startup
/// and the fund opens (or the one they already have goes on), with the application's message in it.
/// </summary>
public static class AcceptApplication
{
    public sealed record Command(Guid FundId, Guid ApplicationId, int Version) : ICommand<Guid>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken ct)
        {
            var me = await PipelineAccess.RequireMemberAsync(db, user, command.FundId, ct);
            var application = await db.FundApplications.FirstOrDefaultAsync(a => a.Id == command.ApplicationId && a.FundId == command.FundId, ct)
                ?? throw new NotFoundException("Application");
            db.Entry(application).Property(a => a.Version).OriginalValue = command.Version;
            Consent.RequirePending(application.Status);

            var now = clock.GetUtcNow().UtcDateTime;
            var (startupId, title) = await Consent.ProjectAsync(db, application.ProjectId, ct);
            var conversation = await OpenConversation.BetweenAsync(db, ConsentOrigins.Application, application.Id, startupId, command.FundId, title, now, ct);
            await OpenConversation.CarryAsync(db, conversation, application.ApplicantId, application.Message, application.CreatedAt, me, ct);
            application.Status = ConsentStatus.Accepted;
            application.DecidedById = me;
            application.DecidedAt = now;
            application.ConversationId = conversation.Id;
            await PipelineEntry.AddUnlessPresentAsync(db, command.FundId, application.ProjectId, DealSources.Application, me, now, ct);

            var fundName = await PipelineAccess.FundNameAsync(db, command.FundId, ct);
            notifier.NotifyAll(await db.StartupOwnerIdsAsync(startupId, ct), "fund-application-accepted", $"/conversations/{conversation.Id}",
                ProjectRules.Name(fundName), ProjectRules.Name(title));
            await db.SaveChangesAsync(ct);
            return conversation.Id;
        }
    }
}
