using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Mediator;

namespace Marketplace.Application.Positions;

/// <summary>A poster sends a draft (or a position sent back for changes) to the administrators for publication.</summary>
public static class SubmitPosition
{
    public sealed record Command(Guid PositionId, int Version) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, ModerationQueue queue) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var position = await PositionReader.RequirePosterAsync(db, user, command.PositionId, track: true, ct);
            db.Entry(position).Property(p => p.Version).OriginalValue = command.Version;
            ModerationWorkflow.Move(position, ModerationState.Submitted);
            await queue.SubmitAsync(Position.ContentType, position.Id, ModerationKind.Publication, PositionRules.Name(position.Title), null, user.Id!.Value, ct);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
