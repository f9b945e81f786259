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

/// <summary>The apply page: the position, and whether the researcher may apply (and if not, why).</summary>
public sealed record ApplyPage(
    Guid PositionId, LocalizedText Title, LocalizedText PosterName, string Type, DateOnly? Deadline, ApplyBlocker Blocker,
    Guid? LatestApplicationId, ApplicationStage? LatestStage);

public static class GetApplyPage
{
    [RequiresRole(RoleNames.Researcher)]
    public sealed record Query(Guid PositionId) : IQuery<ApplyPage>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, ApplyPage>
    {
        public async ValueTask<ApplyPage> Handle(Query query, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var position = await db.Positions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.PositionId, ct);
            if (position is null || !ApplicationRules.IsListed(position))
                throw new NotFoundException("Position");
            var latest = await db.PositionApplications.AsNoTracking().Where(a => a.PositionId == position.Id && a.ResearcherId == me)
                .OrderByDescending(a => a.CreatedAt).Select(a => new { a.Id, a.Stage }).FirstOrDefaultAsync(ct);
            var blocker = await ApplicationRules.BlockerAsync(db, position, me, ApplicationRules.Today(clock), ct);
            return new ApplyPage(position.Id, position.Title, await ApplicationRules.PosterNameAsync(db, position, ct), position.Type, position.Deadline,
                blocker, latest?.Id, latest?.Stage);
        }
    }
}

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
