using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
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

    public sealed class Handler(IAppDbContext db, ICurrentUser user, ListingModeration listings) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var position = await PositionReader.RequirePosterAsync(db, user, command.PositionId, track: true, ct);
            await listings.WithdrawAsync(position, command.Version, "Position.NothingPending", ct);
            return Unit.Value;
        }
    }
}
