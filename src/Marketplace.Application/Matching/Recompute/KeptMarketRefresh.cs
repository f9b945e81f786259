using Marketplace.Application.Common;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Application.Matching.Store;

namespace Marketplace.Application.Matching.Recompute;

/// <summary>
/// The fast path for a batch where only funds changed (a mandate edit): the changed funds are read
/// by id and scored against the kept market's projects, exactly as a rebuilt market would score
/// them; then each project list that held one of them or that one of them now ranks is merged
/// in place instead of rescored against every fund: the fund's entry is replaced by its new pair
/// (or dropped when a hard rule now refuses it), the list re-ranked and cut to the list length.
/// Approximations, corrected by the nightly full run: a list that loses a fund does not get its
/// next candidate (it is one shorter); its other entries keep the score they were computed with
/// (freshness as of then).
/// </summary>
internal sealed class KeptMarketRefresh(IMarketReader reader, IRecommendationStore store)
{
    /// <summary>Returns false, having written nothing, when the kept market cannot answer as a rebuilt one would: then the caller rebuilds.</summary>
    public async Task<bool> TryAsync(KeptFundProjectMarket kept, long generation, IReadOnlySet<Guid> changedFunds, DateTime now, CancellationToken ct)
    {
        var market = kept.Market;
        var k = IRecommendationStore.ListLength;

        // A run that answers a project or startup request rebuilds after reading it: a change the kept
        // market may lack has a request still pending or answered after the market was read. Requests
        // answered by another process are caught the same way (processes share the host's clock);
        // anything else (a renamed cluster) waits for the market's age limit or the nightly full run.
        if (await reader.ProjectSideChangedSinceAsync(kept.ReadAfter, ct))
            return false;
        if (!SameRates(market.Rates, await reader.RatesAsync(ct)))
            return false;
        var funds = await reader.FundsAsync(now, changedFunds, ct);
        // The text model (document frequencies over every description) belongs to the market: a new
        // fund or a changed description would move it, so those rebuild.
        if (funds.Count != changedFunds.Count
            || funds.Any(f => market.Funds.IndexOf(f.Id) is var i && (i < 0 || market.Funds.Candidates[i].Description != f.Description)))
            return false;

        var fundLists = MatchingEngine.ScoreFunds(funds, market.Projects, k, await reader.FeedbackAsync(changedFunds, ct));
        var projects = await store.HoldersAsync(generation, MatchSide.Project, changedFunds, ct);
        projects.UnionWith(fundLists.SelectMany(l => l.Items).Select(i => i.CandidateId));
        var feedback = await reader.FeedbackAsync(projects, ct);
        // A project's feedback on a fund changed since the market was built would be read from the
        // fund's stale entry (what "similar" means): rebuild rather than guess.
        var stale = new HashSet<Guid>(kept.FundsChangedSince);
        stale.UnionWith(changedFunds);
        foreach (var project in projects)
        {
            var said = feedback.For(MatchSide.Project, project);
            if (said.Saved.Any(f => stale.Contains(f.ItemId)) || said.DismissedRecent.Any(f => stale.Contains(f.ItemId)))
                return false;
        }

        await store.ReplaceAsync(generation, generation, MatchSide.Fund, fundLists, now, ct);
        await store.MergeAsync(generation, MatchSide.Project, await MergeProjectListsAsync(market, generation, projects, funds, feedback, ct), now, ct);
        kept.FundsChangedSince.UnionWith(changedFunds);
        return true;
    }

    /// <summary>The lists of <paramref name="projects"/> with the changed funds' entries replaced; lists the funds neither were nor are in are left out.</summary>
    private async Task<List<ListMerge>> MergeProjectListsAsync(
        FundProjectMarket market, long generation, IReadOnlyCollection<Guid> projects, IReadOnlyList<FundCandidate> funds, FeedbackSet feedback, CancellationToken ct)
    {
        var k = IRecommendationStore.ListLength;
        var changed = funds.Select(f => f.Id).ToHashSet();
        var stored = (await store.EntriesAsync(generation, MatchSide.Project, projects, ct)).ToLookup(e => e.SubjectId);
        var merges = new List<ListMerge>();
        foreach (var projectId in projects)
        {
            var held = stored[projectId].ToList();
            var p = market.Projects.IndexOf(projectId);
            // Not in the market (cannot happen without a project request, which rebuilds): an empty list, as a rebuild gives.
            var fresh = p < 0
                ? []
                : funds.Select(f => MatchingEngine.Explain(market, f, market.Projects.Candidates[p], MatchSide.Project, feedback)).OfType<Recommendation>().ToList();
            var entries = held.Where(e => p >= 0 && !changed.Contains(e.TargetId)).Select(e => (e.TargetId, e.Score, Fresh: (Recommendation?)null))
                .Concat(fresh.Select(r => (TargetId: r.CandidateId, Score: (double)r.Score, Fresh: (Recommendation?)r)));
            var top = RecommendationMerge.Rank(entries, e => e.TargetId, e => e.Score, k);
            if (!held.Any(e => changed.Contains(e.TargetId)) && top.All(e => e.Fresh is null))
                continue;
            merges.Add(new ListMerge(projectId, held, [.. top.Select(e => new MergedEntry(e.TargetId, e.Fresh))]));
        }
        return merges;
    }

    private static bool SameRates(CurrencyTable a, CurrencyTable b) =>
        a.Currencies.Count == b.Currencies.Count && a.Currencies.All(c => b.UnitsPerReference(c) == a.UnitsPerReference(c));
}
