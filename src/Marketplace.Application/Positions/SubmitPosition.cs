using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Positions;
using Mediator;

namespace Marketplace.Application.Positions;

/// <summary>A poster sends a draft (or a position sent back for changes) to the administrators for publication.</summary>
public static class SubmitPosition
{
    public sealed record Command(Guid PositionId, int Version) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, ListingModeration listings) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var position = await PositionReader.RequirePosterAsync(db, user, command.PositionId, track: true, ct);
            await listings.SubmitAsync(position, command.Version, ct);
            return Unit.Value;
        }
    }
}
