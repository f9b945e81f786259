using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Mediator;

namespace Marketplace.Application.Positions;

/// <summary>
/// A poster edits a position. A draft, or one sent back (changes requested or rejected), is edited
/// in place (a rejected one becomes a draft again). A published position keeps its published fields
/// visible: the edit goes to review as a revision, applied on approval. Sending the published values
/// back withdraws a pending revision.
/// </summary>
public static class UpdatePosition
{
    public sealed record Command(
        Guid PositionId, string? TitleEn, string? TitleZh, string? DescriptionEn, string? DescriptionZh, string? Type,
        IReadOnlyList<string>? ResearchAreas, string? Skills, string? MinDegree, int? MinYearsExperience, string? ClusterKey, bool Remote,
        long? CompensationMin, long? CompensationMax, string? CompensationCurrency, bool VisaSupport, bool RelocationSupport,
        DateOnly? Deadline, int Version) : ICommand<Result>, IPositionFields;

    public sealed record Result(bool SentForReview);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db, TimeProvider clock) => Include(new PositionFieldsValidator(db, clock));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, ModerationQueue queue, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken ct)
        {
            var position = await PositionReader.RequirePosterAsync(db, user, command.PositionId, track: true, ct);
            db.Entry(position).Property(p => p.Version).OriginalValue = command.Version;
            var proposed = await command.ToRevisionAsync(db, ct);
            var review = false;
            switch (position.State)
            {
                case ModerationState.Draft or ModerationState.ChangesRequested:
                    proposed.CopyTo(position);
                    break;
                case ModerationState.Rejected:
                    proposed.CopyTo(position);
                    position.ReturnToDraft();
                    break;
                case ModerationState.Published:
                    var pending = await queue.FindPendingAsync(Position.ContentType, position.Id, ct);
                    if (proposed.SameAs(PositionRevision.Of(position)))
                    {
                        if (pending is not null)
                            await queue.WithdrawAsync(Position.ContentType, position.Id, user.Id!.Value, ct);
                    }
                    else if (pending is null || !proposed.SameAs(PositionRevision.Read(pending.Payload)))
                    {
                        await queue.SubmitAsync(Position.ContentType, position.Id, ModerationKind.Revision, PositionRules.Name(proposed.Title),
                            PositionRevision.Write(proposed), user.Id!.Value, ct);
                        review = true;
                    }
                    // The published row is not edited, but its version moves on, so a second tab with the old form is told.
                    position.UpdatedAt = clock.GetUtcNow().UtcDateTime;
                    db.Entry(position).Property(p => p.UpdatedAt).IsModified = true;
                    break;
                case ModerationState.Submitted:
                    throw new DomainException("Position.WithdrawToEdit");
                default:
                    throw new DomainException("Position.NotEditable");
            }
            await Skills.RememberAsync(db, proposed.Skills.ToList(), clock.GetUtcNow().UtcDateTime, ct);
            await db.SaveChangesAsync(ct);
            return new Result(review);
        }
    }
}
