using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Notifications;
using Marketplace.Application.Projects;
using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions.Applications;

/// <summary>
/// A researcher applies to a published, open position with a note. Applying shares their profile with
/// the poster (whatever its visibility; the form says so). One live application per researcher and
/// position: a second is refused at the field, and so is one that loses a race to the database's
/// unique index. After a withdrawal they may apply again; after a rejection or a hire they may not.
/// </summary>
public static class ApplyToPosition
{
    [RequiresRole(RoleNames.Researcher)]
    public sealed record Command(Guid PositionId, string? Note) : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(x => x.Note)
                .Must(n => Input.Clean(n) is { Length: >= ApplicationRules.NoteMinLength and <= ApplicationRules.NoteMaxLength })
                .WithMessage(x => Text.Format("Validation.ApplicationNote", ApplicationRules.NoteMinLength, ApplicationRules.NoteMaxLength,
                    Input.Clean(x.Note)?.Length ?? 0));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var position = await db.Positions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == command.PositionId, ct);
            if (position is null || !ApplicationRules.IsListed(position))
                throw new NotFoundException("Position");
            var blocker = await ApplicationRules.BlockerAsync(db, position, me, ApplicationRules.Today(clock), ct);
            if (blocker != ApplyBlocker.None)
                throw InputValidationException.For(nameof(Command.PositionId), ApplicationRules.Message(blocker));

            var application = new PositionApplication(position.Id, me, Input.Clean(command.Note)!);
            db.PositionApplications.Add(application);
            db.PositionApplicationEvents.Add(new PositionApplicationEvent
            {
                ApplicationId = application.Id,
                ToStage = ApplicationStage.Applied,
                ById = me,
                At = clock.GetUtcNow().UtcDateTime,
            });
            notifier.NotifyAll(await db.PosterUserIdsAsync(position, ct), "position-application-received",
                $"/positions/{position.Id}/applicants/{application.Id}",
                await ApplicationRules.DisplayNameAsync(db, me, ct), ProjectRules.Name(position.Title));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (ApplicationRules.IsLiveApplicationViolation(e))
            {
                // Another request of the same researcher got there first: the same answer as the check above.
                throw InputValidationException.For(nameof(Command.PositionId), ApplicationRules.Message(ApplyBlocker.AlreadyApplied));
            }
            return application.Id;
        }
    }
}
