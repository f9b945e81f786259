using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
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
            var market = await MatchingLoader.FundProjectMarketAsync(db, now, weights.Value, ct);
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
            foreach (var batch in targets.Chunk(500))
                holders.UnionWith(await db.Recommendations.AsNoTracking()
                    .Where(r => r.GenerationId == generation && r.SubjectKind == subjectKind && batch.Contains(r.TargetId))
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
