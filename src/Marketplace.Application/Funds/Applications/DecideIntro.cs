using FluentValidation;
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
/// The founders' answer to an intro request: accepting puts the deal in the fund's pipeline and opens the
/// conversation between the startup and the fund (or goes on in the one they already have), starting with the request's message.
/// </summary>
public static class DecideIntro
{
    public sealed record Command(Guid IntroId, bool Accept, int Version) : ICommand<Guid?>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command, Guid?>
    {
        public async ValueTask<Guid?> Handle(Command command, CancellationToken ct)
        {
            var intro = await db.IntroRequests.FirstOrDefaultAsync(r => r.Id == command.IntroId, ct) ?? throw new NotFoundException("Intro");
            if (!await db.IsProjectOwnerAsync(intro.ProjectId, user.Id, ct))
                throw new NotFoundException("Intro");
            db.Entry(intro).Property(r => r.Version).OriginalValue = command.Version;
            Consent.RequirePending(intro.Status);

            var now = clock.GetUtcNow().UtcDateTime;
            var (startupId, title) = await Consent.ProjectAsync(db, intro.ProjectId, ct);
            intro.DecidedById = user.Id;
            intro.DecidedAt = now;
            string? link = "/funds/" + intro.FundId + "/inbox";
            if (command.Accept)
            {
                var conversation = await OpenConversation.BetweenAsync(db, ConsentOrigins.Intro, intro.Id, startupId, intro.FundId, title, now, ct);
                await OpenConversation.CarryAsync(db, conversation, intro.RequestedById, intro.Message, intro.CreatedAt, user.Id!.Value, ct);
                intro.Status = ConsentStatus.Accepted;
                intro.ConversationId = conversation.Id;
                await PipelineEntry.AddUnlessPresentAsync(db, intro.FundId, intro.ProjectId, DealSources.Intro, intro.RequestedById, now, ct);
                link = $"/conversations/{conversation.Id}";
            }
            else
            {
                intro.Status = ConsentStatus.Declined;
            }

            var startupName = await db.Startups.AsNoTracking().Where(s => s.Id == startupId).Select(s => s.Name).FirstAsync(ct);
            notifier.NotifyAll(await db.FundMemberIdsAsync(intro.FundId, ct), command.Accept ? "intro-accepted" : "intro-declined", link,
                ProjectRules.Name(startupName), ProjectRules.Name(title));
            await db.SaveChangesAsync(ct);
            return intro.ConversationId;
        }
    }
}
