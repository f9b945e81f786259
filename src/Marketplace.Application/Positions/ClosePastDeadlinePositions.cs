using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Notifications;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions;

/// <summary>
/// The recurring deadline job's work: every published position whose last day to apply
/// (<see cref="Position.Deadline"/>, UTC) is over is closed with the reason "deadline", a revision
/// still waiting for review is dropped, and everyone who speaks for the poster is told. Closes at
/// most <see cref="Command.BatchSize"/> positions per run (one transaction each), so the job calls
/// it until it returns fewer; safe to run twice: a closed position is never picked again.
/// </summary>
public static class ClosePastDeadlinePositions
{
    public const int DefaultBatchSize = 200;

    [SystemOnly]
    public sealed record Command(int BatchSize = DefaultBatchSize) : ICommand<int>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.BatchSize).InclusiveBetween(1, 1000);
    }

    public sealed class Handler(IAppDbContext db, Notifier notifier, TimeProvider clock) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var today = PositionRules.Today(clock);
            var due = await db.Positions
                .Where(p => p.State == ModerationState.Published && p.Deadline != null && p.Deadline < today)
                .OrderBy(p => p.Deadline).ThenBy(p => p.Id)
                .Take(command.BatchSize)
                .ToListAsync(ct);
            if (due.Count == 0)
                return 0;

            var ids = due.Select(p => p.Id).ToList();
            var pending = await db.ModerationRequests
                .Where(r => r.ContentType == Position.ContentType && ids.Contains(r.ContentId) && r.Decision == ModerationDecision.Pending)
                .ToListAsync(ct);
            foreach (var request in pending)
                request.Decide(ModerationDecision.Withdrawn, null, null, now);

            foreach (var position in due)
            {
                position.Close(PositionClosedReasons.Deadline, now);
                notifier.NotifyAll(await db.PosterUserIdsAsync(position, ct), "position-closed-deadline", $"/positions/{position.Id}",
                    PositionRules.Name(position.Title));
            }
            await db.SaveChangesAsync(ct);
            return due.Count;
        }
    }
}
