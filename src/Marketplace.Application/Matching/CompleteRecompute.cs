using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Matching.Recompute;
using Marketplace.Domain.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Matching;

/// <summary>
/// Once every chunk of a full generation is done, makes it the one readers see, in one transaction:
/// nobody ever reads a half-computed set. Changes made while it ran are then recomputed incrementally
/// on top of it, and generations older than the previous one are dropped.
/// </summary>
public static class CompleteRecompute
{
    [SystemOnly]
    public sealed record Command(long GenerationId) : ICommand<bool>;

    public sealed class Handler(IAppDbContext db, TimeProvider clock, IRecomputeScheduler scheduler) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken ct)
        {
            var generation = await db.RecommendationGenerations.FirstOrDefaultAsync(g => g.Id == command.GenerationId, ct)
                ?? throw new NotFoundException("Generation");
            if (generation.Status != GenerationStatus.Running
                || await db.RecommendationChunks.AnyAsync(c => c.GenerationId == generation.Id && c.DoneAt == null, ct))
                return false;

            var now = clock.GetUtcNow().UtcDateTime;
            var pointer = await db.CurrentGenerations.FirstOrDefaultAsync(c => c.Pairing == generation.Pairing, ct);
            var previous = pointer?.GenerationId;
            if (pointer is null)
                db.CurrentGenerations.Add(new CurrentGeneration { Pairing = generation.Pairing, GenerationId = generation.Id, SwitchedAt = now });
            else
            {
                pointer.GenerationId = generation.Id;
                pointer.SwitchedAt = now;
            }
            generation.Status = GenerationStatus.Completed;
            generation.CompletedAt = now;
            await db.SaveChangesAsync(ct);

            // Keep the previous generation (a reader may still be on it); older ones go.
            var stale = await db.RecommendationGenerations
                .Where(g => g.Pairing == generation.Pairing && g.Id != generation.Id && g.Id != previous && g.Status != GenerationStatus.Running)
                .Select(g => g.Id).ToListAsync(ct);
            if (stale.Count > 0)
            {
                await db.Recommendations.Where(r => stale.Contains(r.GenerationId)).ExecuteDeleteAsync(ct);
                await db.RecommendationChunks.Where(c => stale.Contains(c.GenerationId)).ExecuteDeleteAsync(ct);
                await db.RecommendationGenerations.Where(g => stale.Contains(g.Id)).ExecuteDeleteAsync(ct);
            }

            // What changed while the generation was computed may have been read before the change:
            // those requests are processed again, now on top of the new generation.
            var kinds = RecomputeKinds.Of(generation.Pairing);
            var reopened = await db.RecomputeRequests
                .Where(r => r.DoneAt != null && r.RequestedAt >= generation.StartedAt && kinds.Contains(r.EntityKind))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.DoneAt, (DateTime?)null), ct);
            if (reopened > 0)
                scheduler.Poke();
            return true;
        }
    }
}
