using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Application.Matching.Recompute;
using Marketplace.Application.Matching.Store;
using Marketplace.Domain.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Application.Matching;

/// <summary>
/// Computes one chunk of a full generation: the lists of the subjects (both sides of the pairing)
/// whose id hashes to the chunk, written into the generation in one transaction with the chunk's
/// done mark. Running it again after it is done changes nothing; a chunk killed half-way left nothing.
/// </summary>
public static class RunRecomputeChunk
{
    [SystemOnly]
    public sealed record Command(long GenerationId, int Index) : ICommand<int>;

    public sealed class Handler(IAppDbContext db, IMarketReader reader, IRecommendationStore store, MatchingMarkets markets, IOptions<MatchingWeights> weights, TimeProvider clock) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken ct)
        {
            var generation = await db.RecommendationGenerations.AsNoTracking().FirstOrDefaultAsync(g => g.Id == command.GenerationId, ct)
                ?? throw new NotFoundException("Generation");
            var chunk = await db.RecommendationChunks.FirstOrDefaultAsync(c => c.GenerationId == generation.Id && c.Index == command.Index, ct)
                ?? throw new NotFoundException("Chunk");
            if (generation.Status != GenerationStatus.Running || chunk.DoneAt is not null)
                return 0;

            var snapshot = await markets.ForGenerationAsync(reader, generation, weights.Value, ct);
            var current = await store.CurrentGenerationAsync(generation.Pairing, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            // This chunk's subjects, by their positions in the market's own indexes (already prepared).
            int[] Mine<T>(IReadOnlyList<T> candidates, Func<T, Guid> id) =>
                [.. Enumerable.Range(0, candidates.Count).Where(i => RecomputeChunks.Of(id(candidates[i]), generation.ChunkCount) == command.Index)];
            var k = IRecommendationStore.ListLength;
            (MatchSide Side, IReadOnlyList<MatchList> Lists)[] sides = snapshot switch
            {
                { FundProject: { } market } =>
                [
                    (MatchSide.Fund, MatchingEngine.ScoreFunds(market.Funds, Mine(market.Funds.Candidates, f => f.Id), market.Projects, k, snapshot.Feedback)),
                    (MatchSide.Project, MatchingEngine.ScoreProjects(market.Projects, Mine(market.Projects.Candidates, p => p.Id), market.Funds, k, snapshot.Feedback)),
                ],
                { Talent: { } talent } =>
                [
                    (MatchSide.Researcher, MatchingEngine.ScoreResearchers(talent.Researchers, Mine(talent.Researchers.Candidates, r => r.Id), talent.Positions, k, snapshot.Feedback)),
                    (MatchSide.Position, MatchingEngine.ScorePositions(talent.Positions, Mine(talent.Positions.Candidates, p => p.Id), talent.Researchers, k, snapshot.Feedback)),
                ],
                _ => [],
            };
            var written = 0;
            foreach (var (side, lists) in sides)
            {
                await store.ReplaceAsync(generation.Id, current, side, lists, now, ct);
                written += lists.Sum(l => l.Items.Count);
            }
            chunk.DoneAt = now;
            await db.SaveChangesAsync(ct);
            return written;
        }
    }
}
