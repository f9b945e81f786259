using Marketplace.Application.Matching.Kernel;
using Marketplace.Application.Matching.Store;
using Marketplace.Domain.Matching;
using Microsoft.Extensions.Options;

namespace Marketplace.Application.Matching.Recompute;

/// <summary>
/// Recomputes the lists of changed entities, and of the entities whose lists held them or now should,
/// in the current generation of their pairing (<see cref="PairingRefresh{TFirst, TSecond}"/>). A batch
/// where only funds changed is answered on the kept market when it can be (<see cref="KeptMarketRefresh"/>).
/// </summary>
public sealed class IncrementalRecompute(
    IMarketReader reader, IRecommendationStore store, MatchingMarkets markets, IOptions<MatchingWeights> weights, TimeProvider clock)
{
    public async Task FundsAndProjectsAsync(IReadOnlySet<Guid> changedFunds, IReadOnlySet<Guid> changedProjects, DateTime now, CancellationToken ct)
    {
        var generation = await store.EnsureCurrentAsync(Pairings.FundProject, now, ct);
        using var turn = await markets.IncrementalTurnAsync(ct);
        if (changedProjects.Count == 0 && markets.KeptFundProject(now, weights.Value) is { } kept
            && await new KeptMarketRefresh(reader, store).TryAsync(kept, generation, changedFunds, now, ct))
        {
            markets.CountIncremental(wasReused: true);
            return;
        }

        // Taken before the read: a change answered after this instant may be missing from the market.
        var readAfter = clock.GetUtcNow().UtcDateTime;
        var market = await reader.FundProjectMarketAsync(now, weights.Value, ct);
        markets.Keep(market, readAfter, weights.Value);
        markets.CountIncremental(wasReused: false);
        var feedback = await reader.FeedbackAsync(null, ct);
        await MarketPairings.FundsAndProjects(market, feedback, IRecommendationStore.ListLength)
            .RunAsync(store, generation, changedFunds, changedProjects, now, ct);
    }

    public async Task ResearchersAndPositionsAsync(IReadOnlySet<Guid> changedResearchers, IReadOnlySet<Guid> changedPositions, DateTime now, CancellationToken ct)
    {
        var generation = await store.EnsureCurrentAsync(Pairings.ResearcherPosition, now, ct);
        var market = await reader.TalentMarketAsync(now, weights.Value, ct);
        var feedback = await reader.FeedbackAsync(null, ct);
        await MarketPairings.ResearchersAndPositions(market, feedback, IRecommendationStore.ListLength)
            .RunAsync(store, generation, changedResearchers, changedPositions, now, ct);
    }
}
