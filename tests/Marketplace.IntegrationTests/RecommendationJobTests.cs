using Marketplace.Application.Funds;
using Marketplace.Application.Matching;
using Marketplace.Application.Matching.Recompute;
using Marketplace.Application.Matching.Store;
using Marketplace.Domain.Common;
using Marketplace.Domain.Matching;
using Marketplace.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests;

/// <summary>Recommendations as the jobs compute them: incremental after a change, full by generation, resumable.</summary>
public abstract class RecommendationJobTests(MarketplaceApp app)
{
    private sealed record Market(Guid FundId, Guid ProjectId, Guid ManagerId, Guid FounderId, long Amount, string Word);

    /// <summary>
    /// A Beijing healthcare fund (seed and Series A) whose ticket is exactly what a Beijing healthcare
    /// Series A project seeks (about CNY 20 million, an amount of its own), and a word of their own in the
    /// fund's description and the project's title. Other tests share the database: the exact ticket keeps
    /// other projects out of this fund's list, and ticket and word rank each first in the other's list,
    /// however many look-alikes other tests left.
    /// </summary>
    private async Task<Market> MarketAsync()
    {
        var k = ImportFiles.Unique();
        var amount = 20_000_000L + Random.Shared.Next(1, 999_999);
        var word = "zq" + new string([.. k.Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16)))]);
        var result = await app.ImportAsync(ImportFiles.File(
            users:
            [
                ImportFiles.User($"m-{k}", Users.UniqueEmail("rec-manager"), "fund-manager"),
                ImportFiles.User($"f-{k}", Users.UniqueEmail("rec-founder")),
            ],
            startups: [ImportFiles.Startup($"s-{k}", [$"f-{k}"], cluster: "beijing", sectors: ["healthcare"])],
            projects: [ImportFiles.Project($"p-{k}", $"s-{k}", amount: amount, titleEn: $"Hospital imaging {word}")],
            funds: [ImportFiles.Fund($"fund-{k}", [$"m-{k}"], descriptionEn: $"A fund for {word} hospital imaging.", mandate: new
            {
                sectors = new[] { "healthcare" },
                stages = new[] { "seed", "series-a" },
                ticket = new { min = amount, max = amount, currency = "CNY" },
                clusters = new[] { "beijing" },
                openToOtherClusters = true,
            })]));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ToString())));
        return await app.QueryAsync(async db => new Market(
            await db.Funds.Where(f => f.ImportKey == $"fund-{k}").Select(f => f.Id).SingleAsync(),
            await db.Projects.Where(p => p.ImportKey == $"p-{k}").Select(p => p.Id).SingleAsync(),
            await db.UserProfiles.Where(u => u.ImportKey == $"m-{k}").Select(u => u.Id).SingleAsync(),
            await db.UserProfiles.Where(u => u.ImportKey == $"f-{k}").Select(u => u.Id).SingleAsync(),
            amount, word));
    }

    private Task<T> SystemAsync<T>(ICommand<T> command) => app.SendAsync(command);

    private Task<List<Guid>> ListAsync(string subjectKind, Guid subject) => app.QueryAsync(async db =>
    {
        var generation = await db.CurrentGenerations.CurrentIdAsync(Pairings.FundProject, CancellationToken.None);
        return await db.Recommendations.Where(r => r.GenerationId == generation && r.SubjectKind == subjectKind && r.SubjectId == subject)
            .OrderBy(r => r.Rank).Select(r => r.TargetId).ToListAsync();
    });

    private async Task ProcessAllAsync()
    {
        while (await SystemAsync(new ProcessRecomputeRequests.Command()) > 0)
        {
        }
    }

    [Fact]
    public async Task Editing_a_mandate_changes_the_funds_recommendations_after_the_incremental_job()
    {
        var market = await MarketAsync();
        await ProcessAllAsync();
        // Other tests share the database, so the fund's top 20 may hold other Series A projects: the
        // test reads the stages of whatever the list holds, never assumes its own project made the cut.
        var before = await ListAsync(MatchKinds.Fund, market.FundId);
        Assert.NotEmpty(before);
        Assert.Contains("series-a", await StagesAsync(before));

        // The fund narrows its mandate to seed rounds: every Series A project now breaks a hard rule.
        var version = await app.QueryAsync(db => db.Funds.Where(f => f.Id == market.FundId).Select(f => f.Version).SingleAsync());
        await app.SendAsync(new DefineMandate.Command(market.FundId, ["healthcare"], ["seed"], 5_000_000, 30_000_000, "CNY",
            ["beijing"], true, true, null, null, [], null, false, version), MarketplaceApp.Principal(market.ManagerId, RoleNames.FundManager));
        Assert.True(await app.QueryAsync(db => db.RecomputeRequests.AnyAsync(r => r.EntityId == market.FundId && r.DoneAt == null)));

        await ProcessAllAsync();
        var after = await ListAsync(MatchKinds.Fund, market.FundId);
        Assert.NotEqual(before, after);
        Assert.DoesNotContain(market.ProjectId, after);
        Assert.All(await StagesAsync(after), stage => Assert.Equal("seed", stage));
        // The other side follows: the project's list no longer holds the fund.
        Assert.DoesNotContain(market.FundId, await ListAsync(MatchKinds.Project, market.ProjectId));
    }

    private Task<List<string>> StagesAsync(List<Guid> projects) =>
        app.QueryAsync(db => db.Projects.Where(p => projects.Contains(p.Id)).Select(p => p.Stage).ToListAsync());

    private async Task EditMandateAsync(Market market, IReadOnlyList<string> sectors, IReadOnlyList<string> stages)
    {
        var version = await app.QueryAsync(db => db.Funds.Where(f => f.Id == market.FundId).Select(f => f.Version).SingleAsync());
        await app.SendAsync(new DefineMandate.Command(market.FundId, sectors, stages, market.Amount, market.Amount, "CNY",
            ["beijing"], true, true, null, null, [], null, false, version), MarketplaceApp.Principal(market.ManagerId, RoleNames.FundManager));
    }

    private (long Reused, long Rebuilt) IncrementalRuns => app.Services.GetRequiredService<MatchingMarkets>().IncrementalRuns;

    private sealed record Entry(Guid TargetId, int Rank, double Score);

    private Task<List<Entry>> EntriesAsync(string subjectKind, Guid subject) => app.QueryAsync(async db =>
    {
        var generation = await db.CurrentGenerations.CurrentIdAsync(Pairings.FundProject, CancellationToken.None);
        return await db.Recommendations.Where(r => r.GenerationId == generation && r.SubjectKind == subjectKind && r.SubjectId == subject)
            .OrderBy(r => r.Rank).Select(r => new Entry(r.TargetId, r.Rank, r.Score)).ToListAsync();
    });

    private async Task FullRecomputeAsync()
    {
        var plan = await SystemAsync(new StartFullRecompute.Command(Pairings.FundProject));
        foreach (var index in plan.PendingChunks)
            await SystemAsync(new RunRecomputeChunk.Command(plan.GenerationId, index));
        Assert.True(await SystemAsync(new CompleteRecompute.Command(plan.GenerationId)));
        await ProcessAllAsync();
    }

    [Fact]
    public async Task A_mandate_edit_on_the_kept_market_gives_the_funds_list_a_full_recompute_gives()
    {
        var market = await MarketAsync();
        await ProcessAllAsync();

        // Only the fund changed: the run scores it against the market the last run kept, without reading every project again.
        await EditMandateAsync(market, ["healthcare", "fintech"], ["series-a"]);
        var before = IncrementalRuns;
        await ProcessAllAsync();
        Assert.Equal((before.Reused + 1, before.Rebuilt), IncrementalRuns);
        var incremental = await EntriesAsync(MatchKinds.Fund, market.FundId);
        Assert.Contains(incremental, e => e.TargetId == market.ProjectId);

        await FullRecomputeAsync();
        var full = await EntriesAsync(MatchKinds.Fund, market.FundId);
        Assert.Equal(full.Select(e => e.TargetId), incremental.Select(e => e.TargetId));
        // The full run's clock is a few seconds later: freshness (a half-life of days) moves scores below the fifth place at most.
        Assert.All(full.Zip(incremental), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 5));
    }

    [Fact]
    public async Task A_project_list_loses_and_regains_the_fund_by_merge_on_the_kept_market()
    {
        var market = await MarketAsync();
        await ProcessAllAsync();
        var original = await EntriesAsync(MatchKinds.Project, market.ProjectId);
        Assert.Contains(original, e => e.TargetId == market.FundId);

        // Seed only: the Series A project's list drops the fund, the rest close ranks.
        await EditMandateAsync(market, ["healthcare"], ["seed"]);
        var before = IncrementalRuns;
        await ProcessAllAsync();
        Assert.Equal(before.Reused + 1, IncrementalRuns.Reused);
        var without = await EntriesAsync(MatchKinds.Project, market.ProjectId);
        Assert.Equal(Ties(original.Where(e => e.TargetId != market.FundId)), Ties(without));
        Assert.Equal(Enumerable.Range(1, without.Count), without.Select(e => e.Rank));

        // Back to the first mandate: the fund is merged in again at its place, explained.
        await EditMandateAsync(market, ["healthcare"], ["seed", "series-a"]);
        await ProcessAllAsync();
        Assert.Equal(before.Reused + 2, IncrementalRuns.Reused);
        var regained = await EntriesAsync(MatchKinds.Project, market.ProjectId);
        Assert.Equal(Ties(original), Ties(regained));
        Assert.Equal(Enumerable.Range(1, regained.Count), regained.Select(e => e.Rank));
        var stored = await app.QueryAsync(db => db.Recommendations.SingleAsync(r => r.GenerationId == db.CurrentGenerations
            .Where(c => c.Pairing == Pairings.FundProject).Select(c => c.GenerationId).First() && r.SubjectId == market.ProjectId && r.TargetId == market.FundId));
        Assert.Equal((decimal)stored.Score, RecommendationJson.ReadFactors(stored.Factors).Sum(f => f.Contribution), 6);
        Assert.Contains(RecommendationJson.ReadRules(stored.HardRules), r => r.Rule == FitRules.Stage);

        // A full recompute (a few seconds later: freshness moves scores below the fifth place) agrees with the merged list.
        await FullRecomputeAsync();
        var full = await EntriesAsync(MatchKinds.Project, market.ProjectId);
        Assert.Equal(full.Select(e => e.TargetId).Order(), regained.Select(e => e.TargetId).Order());
        Assert.Equal(full.Single(e => e.TargetId == market.FundId).Score, regained.Single(e => e.TargetId == market.FundId).Score, 5);
    }

    /// <summary>
    /// A list as its scores in order, each with the targets sharing it: the engine orders equal pairs by
    /// their unrounded scores (which may differ in the last bit), a merge by id.
    /// </summary>
    private static List<string> Ties(IEnumerable<Entry> list) =>
        [.. list.GroupBy(e => e.Score).Select(g => g.Key + ":" + string.Join(",", g.Select(e => e.TargetId).Order()))];

    [Fact]
    public async Task A_project_change_answered_after_the_market_was_kept_makes_the_next_run_rebuild()
    {
        var market = await MarketAsync();
        await ProcessAllAsync();
        await EditMandateAsync(market, ["healthcare", "fintech"], ["series-a"]);

        // A new fitting project whose request another process answered (so this process kept a market without it).
        var k = ImportFiles.Unique();
        var result = await app.ImportAsync(ImportFiles.File(
            users: [ImportFiles.User($"f-{k}", Users.UniqueEmail("rec-founder"))],
            startups: [ImportFiles.Startup($"s-{k}", [$"f-{k}"], cluster: "beijing", sectors: ["healthcare"])],
            projects: [ImportFiles.Project($"p-{k}", $"s-{k}", amount: market.Amount, titleEn: $"Hospital imaging {market.Word}")]));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ToString())));
        var projectId = await app.QueryAsync(db => db.Projects.Where(p => p.ImportKey == $"p-{k}").Select(p => p.Id).SingleAsync());
        await app.QueryAsync(db => db.RecomputeRequests
            .Where(r => r.DoneAt == null && (r.EntityKind == MatchKinds.Project || r.EntityKind == RecomputeKinds.Startup))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.DoneAt, DateTime.UtcNow)));

        var before = IncrementalRuns;
        await ProcessAllAsync();
        Assert.Equal(before.Reused, IncrementalRuns.Reused);
        Assert.True(IncrementalRuns.Rebuilt > before.Rebuilt);
        Assert.Contains(projectId, await ListAsync(MatchKinds.Fund, market.FundId));
    }

    [Fact]
    public async Task A_killed_full_recompute_leaves_the_previous_generation_visible_and_the_rerun_completes()
    {
        var market = await MarketAsync();
        await ProcessAllAsync();
        var before = await app.QueryAsync(db => db.CurrentGenerations.CurrentIdAsync(Pairings.FundProject, CancellationToken.None));
        Assert.NotNull(before);
        var listBefore = await ListAsync(MatchKinds.Fund, market.FundId);
        Assert.NotEmpty(listBefore);

        // A run that dies after its start (no chunk done): readers still see the previous generation, whole.
        var plan = await SystemAsync(new StartFullRecompute.Command(Pairings.FundProject));
        Assert.NotEqual(before, plan.GenerationId);
        Assert.Equal(before, await app.QueryAsync(db => db.CurrentGenerations.CurrentIdAsync(Pairings.FundProject, CancellationToken.None)));
        Assert.Equal(listBefore, await ListAsync(MatchKinds.Fund, market.FundId));
        if (plan.ChunkCount > 1)
            await SystemAsync(new RunRecomputeChunk.Command(plan.GenerationId, plan.PendingChunks[0]));
        Assert.False(await SystemAsync(new CompleteRecompute.Command(plan.GenerationId)) && plan.ChunkCount > 1);

        // The rerun resumes the same generation, skips done chunks and completes; readers switch at once.
        var rerun = await SystemAsync(new StartFullRecompute.Command(Pairings.FundProject));
        Assert.True(rerun.Resumed);
        Assert.Equal(plan.GenerationId, rerun.GenerationId);
        foreach (var index in rerun.PendingChunks)
            await SystemAsync(new RunRecomputeChunk.Command(rerun.GenerationId, index));
        // Running a done chunk again writes nothing.
        Assert.Equal(0, await SystemAsync(new RunRecomputeChunk.Command(rerun.GenerationId, rerun.PendingChunks[0])));
        Assert.True(await SystemAsync(new CompleteRecompute.Command(rerun.GenerationId)));
        Assert.Equal(rerun.GenerationId, await app.QueryAsync(db => db.CurrentGenerations.CurrentIdAsync(Pairings.FundProject, CancellationToken.None)));
        Assert.NotEmpty(await ListAsync(MatchKinds.Fund, market.FundId));

        // Each stored recommendation explains itself: its factors add up to its score.
        var stored = await app.QueryAsync(db => db.Recommendations.FirstAsync(r => r.GenerationId == rerun.GenerationId && r.SubjectId == market.FundId && r.Rank == 1));
        var factors = RecommendationJson.ReadFactors(stored.Factors);
        Assert.NotEmpty(factors);
        Assert.Equal((decimal)stored.Score, factors.Sum(f => f.Contribution), 6);
        Assert.Contains(RecommendationJson.ReadRules(stored.HardRules), r => r.Rule == FitRules.GuidanceRegion || r.Rule == FitRules.Stage);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RecommendationJobTestsOnSqlite(SqliteApp app) : RecommendationJobTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RecommendationJobTestsOnPostgreSql(PostgresApp app) : RecommendationJobTests(app);
