using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Application.Matching.Recompute;
using Marketplace.Application.Matching.Store;
using Marketplace.Domain.Matching;
using Marketplace.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Application.Matching;

/// <summary>
/// The incremental recompute: takes the pending change requests (coalesced per entity), recomputes
/// the lists of the changed entities and of the entities whose lists held them or now should, and
/// writes them into the current generation — each list replaced whole, all in one transaction.
/// Running it again with nothing pending does nothing.
/// </summary>
public static class ProcessRecomputeRequests
{
    public const int BatchSize = 500;

    [SystemOnly]
    public sealed record Command : ICommand<int>;

    public sealed class Handler(IAppDbContext db, MatchingMarkets markets, IOptions<MatchingWeights> weights, TimeProvider clock) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken ct)
        {
            var requests = await db.RecomputeRequests.Where(r => r.DoneAt == null).OrderBy(r => r.Id).Take(BatchSize).ToListAsync(ct);
            if (requests.Count == 0)
                return 0;
            var now = clock.GetUtcNow().UtcDateTime;
            var changed = requests.GroupBy(r => r.EntityKind).ToDictionary(g => g.Key, g => g.Select(r => r.EntityId).ToHashSet());
            HashSet<Guid> Of(string kind) => changed.GetValueOrDefault(kind) ?? [];

            // A startup's change moves its projects and its positions.
            var startups = Of(RecomputeKinds.Startup);
            var projects = Of(MatchKinds.Project);
            var positions = Of(MatchKinds.Position);
            if (startups.Count > 0)
            {
                projects.UnionWith(await db.Projects.AsNoTracking().Where(p => startups.Contains(p.StartupId)).Select(p => p.Id).ToListAsync(ct));
                positions.UnionWith(await db.Positions.AsNoTracking().Where(p => p.StartupId != null && startups.Contains(p.StartupId.Value)).Select(p => p.Id).ToListAsync(ct));
            }

            var funds = Of(MatchKinds.Fund);
            if (funds.Count > 0 || projects.Count > 0)
                await RecomputeFundProjectAsync(funds, projects, now, ct);
            var researchers = Of(MatchKinds.Researcher);
            if (researchers.Count > 0 || positions.Count > 0)
                await RecomputeTalentAsync(researchers, positions, now, ct);

            foreach (var request in requests)
                request.DoneAt = now;
            // Later requests for the same entities are answered by this run too.
            var keys = requests.Select(r => r.EntityId).ToHashSet();
            var maxId = requests[^1].Id;
            foreach (var duplicate in await db.RecomputeRequests.Where(r => r.DoneAt == null && r.Id > maxId && keys.Contains(r.EntityId)).ToListAsync(ct))
                duplicate.DoneAt = now;
            await db.SaveChangesAsync(ct);
            return requests.Count;
        }

        private async Task RecomputeFundProjectAsync(HashSet<Guid> changedFunds, HashSet<Guid> changedProjects, DateTime now, CancellationToken ct)
        {
            var generation = await EnsureCurrentAsync(Pairings.FundProject, now, ct);
            using var turn = await markets.IncrementalTurnAsync(ct);
            if (changedProjects.Count == 0 && markets.KeptFundProject(now, weights.Value) is { } kept
                && await TryOnKeptMarketAsync(kept, generation, changedFunds, now, ct))
            {
                markets.CountIncremental(wasReused: true);
                return;
            }

            // Taken before the read: a change answered after this instant may be missing from the market.
            var readAfter = clock.GetUtcNow().UtcDateTime;
            var market = await MatchingLoader.FundProjectMarketAsync(db, now, weights.Value, ct);
            markets.Keep(market, readAfter, weights.Value);
            markets.CountIncremental(wasReused: false);
            var feedback = await MatchingLoader.FeedbackAsync(db, ct);
            var k = RecommendationStore.ListLength;

            // The changed entities' own lists first; an entity no longer in the market gets an empty list.
            var fundLists = Score(changedFunds, market.Funds.IndexOf, i => market.Funds.Candidates[i],
                c => MatchingEngine.ScoreFunds(c, market.Projects, k, feedback));
            var projectLists = Score(changedProjects, market.Projects.IndexOf, i => market.Projects.Candidates[i],
                c => MatchingEngine.ScoreProjects(c, market.Funds, k, feedback));

            // Then the other side: lists that held a changed entity, and lists a changed entity now ranks in.
            var fundsToRefresh = await HoldersAsync(generation, MatchKinds.Fund, changedProjects, ct);
            fundsToRefresh.UnionWith(projectLists.SelectMany(l => l.Items).Select(i => i.CandidateId));
            fundsToRefresh.ExceptWith(changedFunds);
            var projectsToRefresh = await HoldersAsync(generation, MatchKinds.Project, changedFunds, ct);
            projectsToRefresh.UnionWith(fundLists.SelectMany(l => l.Items).Select(i => i.CandidateId));
            projectsToRefresh.ExceptWith(changedProjects);
            fundLists = [.. fundLists, .. Score(fundsToRefresh, market.Funds.IndexOf, i => market.Funds.Candidates[i],
                c => MatchingEngine.ScoreFunds(c, market.Projects, k, feedback))];
            projectLists = [.. projectLists, .. Score(projectsToRefresh, market.Projects.IndexOf, i => market.Projects.Candidates[i],
                c => MatchingEngine.ScoreProjects(c, market.Funds, k, feedback))];

            await RecommendationStore.ReplaceAsync(db, generation, generation, MatchSide.Fund, fundLists, now, ct);
            await RecommendationStore.ReplaceAsync(db, generation, generation, MatchSide.Project, projectLists, now, ct);
        }

        /// <summary>
        /// The fast path for a batch where only funds changed (a mandate edit): the changed funds are read
        /// by id and scored against the kept market's projects, exactly as a rebuilt market would score
        /// them; then each project list that held one of them or that one of them now ranks is merged
        /// in place instead of rescored against every fund: the fund's entry is replaced by its new pair
        /// (or dropped when a hard rule now refuses it), the list re-ranked and cut to the list length.
        /// Approximations, corrected by the nightly full run: a list that loses a fund does not get its
        /// next candidate (it is one shorter); its other entries keep the score they were computed with
        /// (freshness as of then). Returns false, having written nothing, when the kept market cannot
        /// answer as a rebuilt one would: then the caller rebuilds.
        /// </summary>
        private async Task<bool> TryOnKeptMarketAsync(KeptFundProjectMarket kept, long generation, HashSet<Guid> changedFunds, DateTime now, CancellationToken ct)
        {
            var market = kept.Market;
            var k = RecommendationStore.ListLength;

            // A change is written with its request, and a run that answers a project or startup request
            // rebuilds after reading it: a change the kept market may lack has a request still pending or
            // answered after the market was read. Requests answered by another process are caught the same
            // way (processes share the host's clock); anything else (a renamed cluster) waits for the
            // market's age limit or the nightly full run.
            string[] indexedKinds = [MatchKinds.Project, RecomputeKinds.Startup];
            var readAfter = kept.ReadAfter;
            // Two queries, each a range of the (done at, requested at) index, where one OR would read every request.
            if (await db.RecomputeRequests.AnyAsync(r => r.DoneAt == null && indexedKinds.Contains(r.EntityKind), ct)
                || await db.RecomputeRequests.AnyAsync(r => r.DoneAt > readAfter && indexedKinds.Contains(r.EntityKind), ct))
                return false;
            if (!SameRates(market.Rates, await CurrencyTable.LoadAsync(db, ct)))
                return false;
            var funds = await MatchingLoader.FundsAsync(db, now, ct, changedFunds);
            // The text model (document frequencies over every description) belongs to the market: a new
            // fund or a changed description would move it, so those rebuild.
            if (funds.Count != changedFunds.Count
                || funds.Any(f => market.Funds.IndexOf(f.Id) is var i && (i < 0 || market.Funds.Candidates[i].Description != f.Description)))
                return false;

            var fundLists = MatchingEngine.ScoreFunds(funds, market.Projects, k, await MatchingLoader.FeedbackAsync(db, ct, changedFunds));
            var projects = await HoldersAsync(generation, MatchKinds.Project, changedFunds, ct);
            projects.UnionWith(fundLists.SelectMany(l => l.Items).Select(i => i.CandidateId));
            var feedback = await MatchingLoader.FeedbackAsync(db, ct, projects);
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

            await RecommendationStore.ReplaceAsync(db, generation, generation, MatchSide.Fund, fundLists, now, ct);
            await MergeProjectListsAsync(market, generation, projects, funds, feedback, now, ct);
            kept.FundsChangedSince.UnionWith(changedFunds);
            return true;
        }

        /// <summary>Replaces the changed funds' entries in the stored lists of <paramref name="projects"/>, row by row (untouched rows are not rewritten).</summary>
        private async Task MergeProjectListsAsync(
            FundProjectMarket market, long generation, IReadOnlyCollection<Guid> projects, IReadOnlyList<FundCandidate> funds, FeedbackSet feedback, DateTime now, CancellationToken ct)
        {
            var k = RecommendationStore.ListLength;
            var changed = funds.Select(f => f.Id).ToHashSet();
            var stored = new Dictionary<Guid, List<StoredEntry>>();
            foreach (var batch in projects.Chunk(500))
                foreach (var row in await db.Recommendations.AsNoTracking()
                             .Where(r => r.GenerationId == generation && r.SubjectKind == MatchKinds.Project && batch.Contains(r.SubjectId))
                             .Select(r => new StoredEntry(r.Id, r.SubjectId, r.TargetId, r.Score, r.Rank)).ToListAsync(ct))
                    (stored.TryGetValue(row.SubjectId, out var list) ? list : stored[row.SubjectId] = []).Add(row);

            foreach (var projectId in projects)
            {
                var held = stored.GetValueOrDefault(projectId) ?? [];
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

                var rows = held.ToDictionary(e => e.TargetId);
                var kept = new HashSet<Guid>();
                for (var rank = 1; rank <= top.Count; rank++)
                {
                    var (targetId, _, recommendation) = top[rank - 1];
                    kept.Add(targetId);
                    if (recommendation is null)
                    {
                        if (rows[targetId].Rank != rank)
                            Update(rows[targetId].Id, rank, null, now);
                    }
                    else if (rows.TryGetValue(targetId, out var row))
                        Update(row.Id, rank, recommendation, now);
                    else
                        db.Recommendations.Add(new StoredRecommendation
                        {
                            GenerationId = generation,
                            SubjectKind = MatchKinds.Project,
                            SubjectId = projectId,
                            TargetKind = MatchKinds.Fund,
                            TargetId = targetId,
                            Rank = rank,
                            Score = (double)recommendation.Score,
                            Factors = RecommendationJson.Factors(recommendation.Factors),
                            HardRules = RecommendationJson.Rules(recommendation.Rules),
                            ComputedAt = now,
                            FirstSeenAt = now,
                        });
                }
                foreach (var row in held.Where(e => !kept.Contains(e.TargetId)))
                    db.Recommendations.Remove(new StoredRecommendation { Id = row.Id });
            }
            await db.SaveChangesAsync(ct);
        }

        /// <summary>Updates a stored row without reading it: its rank, and when rescored its score and explanation (its first-seen time stays).</summary>
        private void Update(long id, int rank, Recommendation? rescored, DateTime now)
        {
            var row = new StoredRecommendation { Id = id };
            db.Recommendations.Attach(row);
            var entry = db.Entry(row);
            row.Rank = rank;
            entry.Property(r => r.Rank).IsModified = true;
            if (rescored is null)
                return;
            row.Score = (double)rescored.Score;
            row.Factors = RecommendationJson.Factors(rescored.Factors);
            row.HardRules = RecommendationJson.Rules(rescored.Rules);
            row.ComputedAt = now;
            entry.Property(r => r.Score).IsModified = true;
            entry.Property(r => r.Factors).IsModified = true;
            entry.Property(r => r.HardRules).IsModified = true;
            entry.Property(r => r.ComputedAt).IsModified = true;
        }

        private sealed record StoredEntry(long Id, Guid SubjectId, Guid TargetId, double Score, int Rank);

        private static bool SameRates(CurrencyTable a, CurrencyTable b) =>
            a.Currencies.Count == b.Currencies.Count && a.Currencies.All(c => b.UnitsPerReference(c) == a.UnitsPerReference(c));

        private async Task RecomputeTalentAsync(HashSet<Guid> changedResearchers, HashSet<Guid> changedPositions, DateTime now, CancellationToken ct)
        {
            var generation = await EnsureCurrentAsync(Pairings.ResearcherPosition, now, ct);
            var market = await MatchingLoader.TalentMarketAsync(db, now, weights.Value, ct);
            var feedback = await MatchingLoader.FeedbackAsync(db, ct);
            var k = RecommendationStore.ListLength;

            var researcherLists = Score(changedResearchers, market.Researchers.IndexOf, i => market.Researchers.Candidates[i],
                c => MatchingEngine.ScoreResearchers(c, market.Positions, k, feedback));
            var positionLists = Score(changedPositions, market.Positions.IndexOf, i => market.Positions.Candidates[i],
                c => MatchingEngine.ScorePositions(c, market.Researchers, k, feedback));

            var researchersToRefresh = await HoldersAsync(generation, MatchKinds.Researcher, changedPositions, ct);
            researchersToRefresh.UnionWith(positionLists.SelectMany(l => l.Items).Select(i => i.CandidateId));
            researchersToRefresh.ExceptWith(changedResearchers);
            var positionsToRefresh = await HoldersAsync(generation, MatchKinds.Position, changedResearchers, ct);
            positionsToRefresh.UnionWith(researcherLists.SelectMany(l => l.Items).Select(i => i.CandidateId));
            positionsToRefresh.ExceptWith(changedPositions);
            researcherLists = [.. researcherLists, .. Score(researchersToRefresh, market.Researchers.IndexOf, i => market.Researchers.Candidates[i],
                c => MatchingEngine.ScoreResearchers(c, market.Positions, k, feedback))];
            positionLists = [.. positionLists, .. Score(positionsToRefresh, market.Positions.IndexOf, i => market.Positions.Candidates[i],
                c => MatchingEngine.ScorePositions(c, market.Researchers, k, feedback))];

            await RecommendationStore.ReplaceAsync(db, generation, generation, MatchSide.Researcher, researcherLists, now, ct);
            await RecommendationStore.ReplaceAsync(db, generation, generation, MatchSide.Position, positionLists, now, ct);
        }

        /// <summary>The lists of <paramref name="ids"/>: scored when in the market, empty when not (closed, unpublished, gone).</summary>
        private static List<MatchList> Score<TCandidate>(
            IReadOnlyCollection<Guid> ids, Func<Guid, int> indexOf, Func<int, TCandidate> candidate, Func<IReadOnlyList<TCandidate>, IReadOnlyList<MatchList>> score)
        {
            var inMarket = new List<TCandidate>();
            var lists = new List<MatchList>();
            foreach (var id in ids)
            {
                var i = indexOf(id);
                if (i >= 0)
                    inMarket.Add(candidate(i));
                else
                    lists.Add(new MatchList(id, []));
            }
            if (inMarket.Count > 0)
                lists.AddRange(score(inMarket));
            return lists;
        }

        /// <summary>Subjects of <paramref name="subjectKind"/> whose current list holds one of <paramref name="targets"/>.</summary>
        private async Task<HashSet<Guid>> HoldersAsync(long generation, string subjectKind, IReadOnlyCollection<Guid> targets, CancellationToken ct)
        {
            var holders = new HashSet<Guid>();
            // By the target kind (it implies the subject's), so the (generation, target kind, target) index
            // answers: with the subject kind as well, SQLite took the subject index and read the whole generation.
            var targetKind = MatchSides.TryParse(subjectKind, out var side) ? side.Other().Kind() : throw new ArgumentOutOfRangeException(nameof(subjectKind));
            foreach (var batch in targets.Chunk(500))
                holders.UnionWith(await db.Recommendations.AsNoTracking()
                    .Where(r => r.GenerationId == generation && r.TargetKind == targetKind && batch.Contains(r.TargetId))
                    .Select(r => r.SubjectId).Distinct().ToListAsync(ct));
            return holders;
        }

        /// <summary>The current generation of the pairing; before any full computation, an empty one made current.</summary>
        private async Task<long> EnsureCurrentAsync(string pairing, DateTime now, CancellationToken ct)
        {
            if (await RecommendationStore.CurrentGenerationAsync(db, pairing, ct) is { } current)
                return current;
            var generation = new RecommendationGeneration { Pairing = pairing, Status = GenerationStatus.Completed, StartedAt = now, CompletedAt = now };
            db.RecommendationGenerations.Add(generation);
            await db.SaveChangesAsync(ct);
            db.CurrentGenerations.Add(new CurrentGeneration { Pairing = pairing, GenerationId = generation.Id, SwitchedAt = now });
            await db.SaveChangesAsync(ct);
            return generation.Id;
        }
    }
}
