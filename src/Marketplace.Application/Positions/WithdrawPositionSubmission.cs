using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Mediator;

namespace Marketplace.Application.Positions;

/// <summary>
/// A poster takes back what waits for review: a submitted position becomes a draft again (to edit it),
/// a published position's pending revision is dropped and the published version stays.
/// </summary>
public static class WithdrawPositionSubmission
{
    public sealed record Command(Guid PositionId, int Version) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, ModerationQueue queue, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var position = await PositionReader.RequirePosterAsync(db, user, command.PositionId, track: true, ct);
            db.Entry(position).Property(p => p.Version).OriginalValue = command.Version;
            var pending = await queue.FindPendingAsync(Position.ContentType, position.Id, ct) ?? throw new DomainException("Position.NothingPending");
            await queue.WithdrawAsync(Position.ContentType, position.Id, user.Id!.Value, ct);
            if (pending.Kind == ModerationKind.Publication)
                ModerationWorkflow.Move(position, ModerationState.Draft);
            else
                position.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
