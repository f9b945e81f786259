using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
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

    public sealed class Handler(IAppDbContext db, MatchingMarkets markets, IOptions<MatchingWeights> weights, TimeProvider clock) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken ct)
        {
            var generation = await db.RecommendationGenerations.AsNoTracking().FirstOrDefaultAsync(g => g.Id == command.GenerationId, ct)
                ?? throw new NotFoundException("Generation");
            var chunk = await db.RecommendationChunks.FirstOrDefaultAsync(c => c.GenerationId == generation.Id && c.Index == command.Index, ct)
                ?? throw new NotFoundException("Chunk");
            if (generation.Status != GenerationStatus.Running || chunk.DoneAt is not null)
                return 0;

            var snapshot = await markets.ForGenerationAsync(db, generation, weights.Value, ct);
            var current = await RecommendationStore.CurrentGenerationAsync(db, generation.Pairing, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            // This chunk's subjects, by their positions in the market's own indexes (already prepared).
            int[] Mine<T>(IReadOnlyList<T> candidates, Func<T, Guid> id) =>
                [.. Enumerable.Range(0, candidates.Count).Where(i => RecomputeChunks.Of(id(candidates[i]), generation.ChunkCount) == command.Index)];
            var written = 0;
            if (snapshot.FundProject is { } market)
            {
                var funds = Mine(market.Funds.Candidates, f => f.Id);
                var projects = Mine(market.Projects.Candidates, p => p.Id);
                var fundLists = MatchingEngine.ScoreFunds(market.Funds, funds, market.Projects, RecommendationStore.ListLength, snapshot.Feedback);
                var projectLists = MatchingEngine.ScoreProjects(market.Projects, projects, market.Funds, RecommendationStore.ListLength, snapshot.Feedback);
                await RecommendationStore.ReplaceAsync(db, generation.Id, current, MatchSide.Fund, fundLists, now, ct);
                await RecommendationStore.ReplaceAsync(db, generation.Id, current, MatchSide.Project, projectLists, now, ct);
                written = fundLists.Sum(l => l.Items.Count) + projectLists.Sum(l => l.Items.Count);
            }
            else if (snapshot.Talent is { } talent)
            {
                var researchers = Mine(talent.Researchers.Candidates, r => r.Id);
                var positions = Mine(talent.Positions.Candidates, p => p.Id);
                var researcherLists = MatchingEngine.ScoreResearchers(talent.Researchers, researchers, talent.Positions, RecommendationStore.ListLength, snapshot.Feedback);
                var positionLists = MatchingEngine.ScorePositions(talent.Positions, positions, talent.Researchers, RecommendationStore.ListLength, snapshot.Feedback);
                await RecommendationStore.ReplaceAsync(db, generation.Id, current, MatchSide.Researcher, researcherLists, now, ct);
                await RecommendationStore.ReplaceAsync(db, generation.Id, current, MatchSide.Position, positionLists, now, ct);
                written = researcherLists.Sum(l => l.Items.Count) + positionLists.Sum(l => l.Items.Count);
            }
            chunk.DoneAt = now;
            await db.SaveChangesAsync(ct);
            return written;
        }
    }
}
