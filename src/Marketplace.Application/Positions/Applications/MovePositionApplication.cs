using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Conversations;
using Marketplace.Application.Notifications;
using Marketplace.Application.Projects;
using Marketplace.Domain.Positions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions.Applications;

/// <summary>
/// The poster moves an application forward (Applied → Reviewing → Interview → Offer → Hired) or rejects it
/// with a reason code and an optional note the researcher reads. Reaching Interview (or jumping past it)
/// opens the conversation between the researcher and the startup or fund, once; later moves keep it.
/// Every move is a history line, and the researcher is told of it.
/// </summary>
public static class MovePositionApplication
{
    public sealed record Command(Guid PositionId, Guid ApplicationId, string? Stage, string? RejectionReason, string? RejectionNote, int Version)
        : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Stage).Must(s => ApplicationRules.TryParseStage(s, out var stage) && stage is not ApplicationStage.Applied and not ApplicationStage.Withdrawn)
                .WithMessage(_ => Text.Get("Validation.ChooseApplicationStage"));
            When(x => ApplicationRules.TryParseStage(x.Stage, out var stage) && stage == ApplicationStage.Rejected, () =>
            {
                RuleFor(x => x.RejectionReason).Must(r => r is not null && RejectionReasons.All.Contains(r))
                    .WithMessage(_ => Text.Get("Validation.ChooseRejectionReason"));
                RuleFor(x => x.RejectionNote).MaximumLength(ApplicationRules.RejectionNoteMaxLength);
            });
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var position = await ApplicationRules.RequirePostedAsync(db, user, command.PositionId, ct);
            var application = await db.PositionApplications
                .FirstOrDefaultAsync(a => a.Id == command.ApplicationId && a.PositionId == position.Id, ct) ?? throw new NotFoundException("Application");
            // A form read before someone else's move is stale even when its move would still be legal.
            if (application.Version != command.Version)
                throw new ConcurrencyConflictException();
            db.Entry(application).Property(a => a.Version).OriginalValue = command.Version;

            ApplicationRules.TryParseStage(command.Stage, out var to);
            var from = application.Stage;
            if (!ApplicationStages.PosterCanMove(from, to))
                throw InputValidationException.For(nameof(Command.Stage),
                    Text.Format("PositionApplication.IllegalMove", Text.Get("ApplicationStage." + from), Text.Get("ApplicationStage." + to)));

            var me = user.Id!.Value;
            var now = clock.GetUtcNow().UtcDateTime;
            application.Stage = to;
            var move = new PositionApplicationEvent { ApplicationId = application.Id, FromStage = from, ToStage = to, ById = me, At = now };
            if (to == ApplicationStage.Rejected)
            {
                application.RejectionReason = command.RejectionReason;
                application.RejectionNote = Input.Clean(command.RejectionNote);
                move.Reason = application.RejectionReason;
                move.Note = application.RejectionNote;
            }
            var opened = false;
            if ((to is ApplicationStage.Interview or ApplicationStage.Offer or ApplicationStage.Hired) && application.ConversationId is null)
            {
                var conversation = OpenConversation.Open(db, ApplicationRules.ConversationOrigin, application.Id,
                    Party.User(application.ResearcherId), ApplicationRules.PosterParty(position), position.Title, now);
                application.ConversationId = conversation.Id;
                opened = true;
            }
            db.PositionApplicationEvents.Add(move);
            await TellResearcherAsync(position, application, opened, ct);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }

        /// <summary>The researcher hears of every move; codes are stored as resource keys so the notification reads in their language.</summary>
        private async Task TellResearcherAsync(Position position, PositionApplication application, bool opened, CancellationToken ct)
        {
            var poster = ProjectRules.Name(await ApplicationRules.PosterNameAsync(db, position, ct));
            var title = ProjectRules.Name(position.Title);
            var link = $"/researcher/applications/{application.Id}";
            if (application.Stage == ApplicationStage.Rejected)
                notifier.Notify(application.ResearcherId, "position-application-rejected", link, poster, title,
                    NotificationArguments.Localized("RejectionReason." + application.RejectionReason), application.RejectionNote ?? "");
            else if (opened)
                notifier.Notify(application.ResearcherId, "position-application-conversation", $"/conversations/{application.ConversationId}",
                    poster, title, NotificationArguments.Localized("ApplicationStage." + application.Stage));
            else
                notifier.Notify(application.ResearcherId, "position-application-moved", link, poster, title,
                    NotificationArguments.Localized("ApplicationStage." + application.Stage));
        }
    }
}
