using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Matching.Recompute;
using Marketplace.Domain.Matching;
using Marketplace.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Matching;

/// <summary>
/// Starts a full recompute of a pairing as a new generation split into chunks, or resumes the one a
/// killed run left behind (its done chunks are kept). Readers keep the current generation until
/// <see cref="CompleteRecompute"/> switches.
/// </summary>
public static class StartFullRecompute
{
    [SystemOnly]
    public sealed record Command(string Pairing) : ICommand<FullRecomputePlan>;

    public sealed class Handler(IAppDbContext db, TimeProvider clock) : ICommandHandler<Command, FullRecomputePlan>
    {
        public async ValueTask<FullRecomputePlan> Handle(Command command, CancellationToken ct)
        {
            if (!Pairings.All.Contains(command.Pairing))
                throw new ArgumentOutOfRangeException(nameof(command), command.Pairing, "Unknown pairing.");
            var running = await db.RecommendationGenerations
                .Where(g => g.Pairing == command.Pairing && g.Status == GenerationStatus.Running)
                .OrderByDescending(g => g.Id).FirstOrDefaultAsync(ct);
            if (running is not null)
            {
                var pending = await db.RecommendationChunks.Where(c => c.GenerationId == running.Id && c.DoneAt == null)
                    .OrderBy(c => c.Index).Select(c => c.Index).ToListAsync(ct);
                return new FullRecomputePlan(running.Id, running.Pairing, running.ChunkCount, pending, Resumed: true);
            }

            var subjects = command.Pairing == Pairings.FundProject
                ? await db.Funds.CountAsync(ct) + await db.Projects.CountAsync(p => p.State == ModerationState.Published, ct)
                : await db.ResearcherProfiles.CountAsync(ct) + await db.Positions.CountAsync(p => p.State == ModerationState.Published, ct);
            var generation = new RecommendationGeneration
            {
                Pairing = command.Pairing,
                Status = GenerationStatus.Running,
                ChunkCount = RecomputeChunks.Count(subjects),
                StartedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.RecommendationGenerations.Add(generation);
            await db.SaveChangesAsync(ct);
            for (var i = 0; i < generation.ChunkCount; i++)
                db.RecommendationChunks.Add(new RecommendationChunk { GenerationId = generation.Id, Index = i });
            await db.SaveChangesAsync(ct);
            return new FullRecomputePlan(generation.Id, generation.Pairing, generation.ChunkCount, [.. Enumerable.Range(0, generation.ChunkCount)], Resumed: false);
        }
    }
}
