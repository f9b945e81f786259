using Marketplace.Application.Common;
using Marketplace.Application.Funds;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Application.Matching.Recompute;
using Marketplace.Application.Matching.Store;
using Marketplace.Domain.Common;
using Marketplace.Domain.Matching;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Researchers;
using Microsoft.Extensions.Options;

namespace Marketplace.UnitTests.Matching;

/// <summary>
/// The incremental recompute against an in-memory store: which lists of the current generation are
/// rewritten, emptied or left alone when an entity changes, for both pairings and on the kept market.
/// </summary>
public sealed class IncrementalRecomputeTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);
    private static readonly CurrencyTable Rates = new(new Dictionary<string, decimal> { ["USD"] = 1m });
    private static readonly MandateSnapshot AnyMandate = new([], [], null, null, null, [], true, true, null, [], null, false);

    private readonly FakeStore store = new();
    private readonly FakeReader reader = new();
    private readonly MatchingMarkets markets = new();

    private IncrementalRecompute Recompute() =>
        new(reader, store, markets, Options.Create(MatchingWeights.Default), new FixedClock(Now));

    private static ResearcherCandidate Researcher(string area) => new(
        Guid.NewGuid(), ResearcherVisibility.Public, [area], ["python"], "phd", 5, [], false, [],
        new LocalizedText(area + " research", null), LocalizedText.Empty);

    private static PositionCandidate Position(string area) => new(
        Guid.NewGuid(), PosterKind.Startup, Guid.NewGuid(), true, "full-time", [area], ["python"], null, null, null, true, true, null,
        new LocalizedText(area + " engineer", null), LocalizedText.Empty, Now.AddDays(-1));

    private static FundCandidate Fund(MandateSnapshot? mandate = null) =>
        new(Guid.NewGuid(), mandate ?? AnyMandate, null, new LocalizedText("we back healthcare software", null), null, 0);

    private static ProjectCandidate Project(string stage = "seed", string sector = "healthcare") =>
        new(Guid.NewGuid(), Guid.NewGuid(), stage, 1_000_000, "USD", [sector], "hangzhou", [], ModerationState.Published,
            new LocalizedText(sector + " software", null), LocalizedText.Empty, Now.AddDays(-3), Now.AddDays(-3));

    [Fact]
    public async Task A_position_gone_from_the_market_gets_an_empty_list_and_leaves_only_the_lists_that_held_it()
    {
        var holder = Researcher("nlp");
        var other = Researcher("nlp");
        var vision = Researcher("vision");
        var open = Position("nlp");
        var visionJob = Position("vision");
        var gone = Position("nlp");
        reader.Researchers = [holder, other, vision];
        reader.Positions = [open, visionJob];
        var generation = store.Current(Pairings.ResearcherPosition);
        store.Seed(generation, MatchSide.Researcher, holder.Id, gone.Id, open.Id);
        store.Seed(generation, MatchSide.Researcher, other.Id, open.Id);
        store.Seed(generation, MatchSide.Researcher, vision.Id, visionJob.Id);
        store.Seed(generation, MatchSide.Position, gone.Id, holder.Id);
        store.Seed(generation, MatchSide.Position, open.Id, holder.Id, other.Id);

        await Recompute().ResearchersAndPositionsAsync(new HashSet<Guid>(), new HashSet<Guid> { gone.Id }, Now, CancellationToken.None);

        Assert.Equal(new[] { (MatchSide.Position, gone.Id), (MatchSide.Researcher, holder.Id) }.Order(), store.Written.Order());
        Assert.Empty(store.List(generation, MatchSide.Position, gone.Id));
        Assert.Equal([open.Id], store.List(generation, MatchSide.Researcher, holder.Id));
        Assert.Equal([open.Id], store.List(generation, MatchSide.Researcher, other.Id));
        Assert.Equal([visionJob.Id], store.List(generation, MatchSide.Researcher, vision.Id));
        Assert.Equal([holder.Id, other.Id], store.List(generation, MatchSide.Position, open.Id));
    }

    [Fact]
    public async Task A_new_researcher_gets_a_list_and_enters_the_lists_of_the_positions_it_now_ranks()
    {
        var known = Researcher("nlp");
        var newcomer = Researcher("nlp");
        var nlpJob = Position("nlp");
        var visionJob = Position("vision");
        reader.Researchers = [known, newcomer];
        reader.Positions = [nlpJob, visionJob];
        var generation = store.Current(Pairings.ResearcherPosition);
        store.Seed(generation, MatchSide.Researcher, known.Id, nlpJob.Id);
        store.Seed(generation, MatchSide.Position, nlpJob.Id, known.Id);
        store.Seed(generation, MatchSide.Position, visionJob.Id);

        await Recompute().ResearchersAndPositionsAsync(new HashSet<Guid> { newcomer.Id }, new HashSet<Guid>(), Now, CancellationToken.None);

        Assert.Equal(new[] { (MatchSide.Researcher, newcomer.Id), (MatchSide.Position, nlpJob.Id) }.Order(), store.Written.Order());
        Assert.Equal([nlpJob.Id], store.List(generation, MatchSide.Researcher, newcomer.Id));
        Assert.Equal(new[] { known.Id, newcomer.Id }.Order(), store.List(generation, MatchSide.Position, nlpJob.Id).Order());
        Assert.Equal([nlpJob.Id], store.List(generation, MatchSide.Researcher, known.Id));
    }

    [Fact]
    public async Task A_project_that_left_a_mandate_is_dropped_from_that_fund_and_an_unrelated_fund_is_left_alone()
    {
        var seedOnly = Fund(AnyMandate with { Stages = ["seed"] });
        var anyStage = Fund();
        var fintech = Fund(AnyMandate with { Sectors = ["fintech"] });
        var moved = Project(stage: "series-a");
        var payments = Project(sector: "fintech");
        reader.Funds = [seedOnly, anyStage, fintech];
        reader.Projects = [moved, payments];
        var generation = store.Current(Pairings.FundProject);
        store.Seed(generation, MatchSide.Fund, seedOnly.Id, moved.Id);
        store.Seed(generation, MatchSide.Fund, anyStage.Id, moved.Id);
        store.Seed(generation, MatchSide.Fund, fintech.Id, payments.Id);
        store.Seed(generation, MatchSide.Project, moved.Id, seedOnly.Id, anyStage.Id);
        store.Seed(generation, MatchSide.Project, payments.Id, fintech.Id);

        await Recompute().FundsAndProjectsAsync(new HashSet<Guid>(), new HashSet<Guid> { moved.Id }, Now, CancellationToken.None);

        Assert.Equal(new[] { (MatchSide.Fund, seedOnly.Id), (MatchSide.Fund, anyStage.Id), (MatchSide.Project, moved.Id) }.Order(), store.Written.Order());
        Assert.Equal([anyStage.Id], store.List(generation, MatchSide.Project, moved.Id));
        // The seed fund's list is scored again without the project that left its stages.
        Assert.Equal([payments.Id], store.List(generation, MatchSide.Fund, seedOnly.Id));
        Assert.Equal(new[] { moved.Id, payments.Id }.Order(), store.List(generation, MatchSide.Fund, anyStage.Id).Order());
        Assert.Equal([payments.Id], store.List(generation, MatchSide.Fund, fintech.Id));
        Assert.Equal([fintech.Id], store.List(generation, MatchSide.Project, payments.Id));
        Assert.Equal((0, 1), markets.IncrementalRuns);
    }

    [Fact]
    public async Task A_mandate_edit_on_the_kept_market_merges_the_fund_out_of_the_project_lists_it_no_longer_fits()
    {
        var edited = Fund();
        var steady = Fund();
        var first = Project();
        var second = Project();
        reader.Funds = [edited, steady];
        reader.Projects = [first, second];
        var changed = new HashSet<Guid> { edited.Id };

        // The first run reads the market (none is kept yet), creates the generation and keeps the market.
        await Recompute().FundsAndProjectsAsync(changed, new HashSet<Guid>(), Now, CancellationToken.None);
        var generation = store.Current(Pairings.FundProject);
        Assert.Equal(new[] { first.Id, second.Id }.Order(), store.List(generation, MatchSide.Fund, edited.Id).Order());
        Assert.Equal(new[] { edited.Id, steady.Id }.Order(), store.List(generation, MatchSide.Project, first.Id).Order());
        store.Written.Clear();

        // Seed rounds only: the kept market answers, and the project lists lose the fund in place.
        reader.Funds = [edited with { Mandate = AnyMandate with { Stages = ["series-a"] } }, steady];
        await Recompute().FundsAndProjectsAsync(changed, new HashSet<Guid>(), Now, CancellationToken.None);

        Assert.Equal((1, 1), markets.IncrementalRuns);
        Assert.Empty(store.List(generation, MatchSide.Fund, edited.Id));
        Assert.Equal([steady.Id], store.List(generation, MatchSide.Project, first.Id));
        Assert.Equal([steady.Id], store.List(generation, MatchSide.Project, second.Id));
        Assert.Equal(new[] { (MatchSide.Fund, edited.Id), (MatchSide.Project, first.Id), (MatchSide.Project, second.Id) }.Order(), store.Written.Order());
        Assert.Equal(new[] { (MatchSide.Project, first.Id), (MatchSide.Project, second.Id) }.Order(), store.Merged.Order());
    }

    [Fact]
    public async Task A_project_change_pending_since_the_market_was_kept_makes_a_mandate_edit_read_the_market_again()
    {
        var edited = Fund();
        var project = Project();
        reader.Funds = [edited];
        reader.Projects = [project];
        var changed = new HashSet<Guid> { edited.Id };
        await Recompute().FundsAndProjectsAsync(changed, new HashSet<Guid>(), Now, CancellationToken.None);

        reader.ProjectSideChanged = true;
        var renamed = Project() with { Id = project.Id, Stage = "series-a" };
        reader.Projects = [renamed];
        reader.Funds = [edited with { Mandate = AnyMandate with { Stages = ["series-a"] } }];
        await Recompute().FundsAndProjectsAsync(changed, new HashSet<Guid>(), Now, CancellationToken.None);

        Assert.Equal((0, 2), markets.IncrementalRuns);
        var generation = store.Current(Pairings.FundProject);
        Assert.Equal([project.Id], store.List(generation, MatchSide.Fund, edited.Id));
        Assert.Empty(store.Merged);
    }

    private sealed class FixedClock(DateTime at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(at);
    }

    /// <summary>The market as the tests set it: every candidate given, feedback none, one currency.</summary>
    private sealed class FakeReader : IMarketReader
    {
        public List<FundCandidate> Funds { get; set; } = [];
        public List<ProjectCandidate> Projects { get; set; } = [];
        public List<ResearcherCandidate> Researchers { get; set; } = [];
        public List<PositionCandidate> Positions { get; set; } = [];
        public bool ProjectSideChanged { get; set; }

        public Task<FundProjectMarket> FundProjectMarketAsync(DateTime now, MatchingWeights weights, CancellationToken ct) =>
            Task.FromResult(FundProjectMarket.Build(Funds, Projects, Rates, now, weights));

        public Task<TalentMarket> TalentMarketAsync(DateTime now, MatchingWeights weights, CancellationToken ct) =>
            Task.FromResult(TalentMarket.Build(Researchers, Positions, now, weights));

        public Task<List<FundCandidate>> FundsAsync(DateTime now, IReadOnlyCollection<Guid>? ids, CancellationToken ct) =>
            Task.FromResult(Funds.Where(f => ids is null || ids.Contains(f.Id)).ToList());

        public Task<FeedbackSet> FeedbackAsync(IReadOnlyCollection<Guid>? subjects, CancellationToken ct) => Task.FromResult(FeedbackSet.Empty);

        public Task<CurrencyTable> RatesAsync(CancellationToken ct) => Task.FromResult(Rates);

        public Task<IReadOnlyCollection<Guid>> ProjectsOfStartupsAsync(IReadOnlyCollection<Guid> startups, CancellationToken ct) =>
            Task.FromResult<IReadOnlyCollection<Guid>>([.. Projects.Where(p => startups.Contains(p.StartupId)).Select(p => p.Id)]);

        public Task<IReadOnlyCollection<Guid>> PositionsOfStartupsAsync(IReadOnlyCollection<Guid> startups, CancellationToken ct) =>
            Task.FromResult<IReadOnlyCollection<Guid>>([.. Positions.Where(p => p.PosterKind == PosterKind.Startup && startups.Contains(p.PosterId)).Select(p => p.Id)]);

        public Task<bool> ProjectSideChangedSinceAsync(DateTime readAfter, CancellationToken ct) => Task.FromResult(ProjectSideChanged);
    }

    /// <summary>Generations as lists of targets (best first) with their scores, and a log of the lists written.</summary>
    private sealed class FakeStore : IRecommendationStore
    {
        private readonly Dictionary<string, long> current = [];
        private readonly Dictionary<(long Generation, MatchSide Side, Guid Subject), List<(Guid Target, double Score)>> lists = [];
        private long ids;

        /// <summary>Every list replaced or merged, by side and subject.</summary>
        public List<(MatchSide Side, Guid Subject)> Written { get; } = [];
        public List<(MatchSide Side, Guid Subject)> Merged { get; } = [];

        public long Current(string pairing) => current.TryGetValue(pairing, out var id) ? id : current[pairing] = ++ids;

        public void Seed(long generation, MatchSide side, Guid subject, params Guid[] targets) =>
            lists[(generation, side, subject)] = [.. targets.Select((t, i) => (t, 1.0 - i / 100.0))];

        public IReadOnlyList<Guid> List(long generation, MatchSide side, Guid subject) =>
            lists.TryGetValue((generation, side, subject), out var list) ? [.. list.Select(e => e.Target)] : [];

        public Task<long?> CurrentGenerationAsync(string pairing, CancellationToken ct) =>
            Task.FromResult(current.TryGetValue(pairing, out var id) ? id : (long?)null);

        public Task<long> EnsureCurrentAsync(string pairing, DateTime now, CancellationToken ct) => Task.FromResult(Current(pairing));

        public Task<HashSet<Guid>> HoldersAsync(long generation, MatchSide side, IReadOnlyCollection<Guid> targets, CancellationToken ct) =>
            Task.FromResult(lists.Where(l => l.Key.Generation == generation && l.Key.Side == side && l.Value.Any(e => targets.Contains(e.Target)))
                .Select(l => l.Key.Subject).ToHashSet());

        public Task ReplaceAsync(long generationId, long? firstSeenFrom, MatchSide side, IReadOnlyList<MatchList> replaced, DateTime now, CancellationToken ct)
        {
            foreach (var list in replaced)
            {
                lists[(generationId, side, list.SubjectId)] = [.. list.Items.Select(i => (i.CandidateId, (double)i.Score))];
                Written.Add((side, list.SubjectId));
            }
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<StoredEntry>> EntriesAsync(long generation, MatchSide side, IReadOnlyCollection<Guid> subjects, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<StoredEntry>>([.. subjects.SelectMany(s => (lists.GetValueOrDefault((generation, side, s)) ?? [])
                .Select((e, i) => new StoredEntry(++ids, s, e.Target, e.Score, i + 1)))]);

        public Task MergeAsync(long generation, MatchSide side, IReadOnlyList<ListMerge> merged, DateTime now, CancellationToken ct)
        {
            foreach (var list in merged)
            {
                var held = list.Held.ToDictionary(e => e.TargetId, e => e.Score);
                lists[(generation, side, list.SubjectId)] = [.. list.Top.Select(e => (e.TargetId, e.Rescored is { } r ? (double)r.Score : held[e.TargetId]))];
                Written.Add((side, list.SubjectId));
                Merged.Add((side, list.SubjectId));
            }
            return Task.CompletedTask;
        }
    }
}
