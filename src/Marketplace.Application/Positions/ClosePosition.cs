using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Positions;
using Mediator;

namespace Marketplace.Application.Positions;

/// <summary>
/// A poster closes a published position, filled or withdrawn: it leaves discovery, stays readable as
/// history, and a pending revision is dropped. (The deadline closes positions through the job.)
/// </summary>
public static class ClosePosition
{
    public static readonly IReadOnlyList<string> PosterReasons = [PositionClosedReasons.Filled, PositionClosedReasons.Withdrawn];

    public sealed record Command(Guid PositionId, string? Reason, int Version) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(x => x.Reason).Must(r => r is not null && PosterReasons.Contains(r)).WithMessage(_ => Text.Get("Validation.ChooseClosedReason"));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, ListingModeration listings) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var position = await PositionReader.RequirePosterAsync(db, user, command.PositionId, track: true, ct);
            await listings.CloseAsync(position, command.Reason!, command.Version, ct);
            return Unit.Value;
        }
    }
}
