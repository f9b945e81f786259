using Marketplace.Application.Funds;
using Marketplace.Application.Matching;
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
    private sealed record Market(Guid FundId, Guid ProjectId, Guid ManagerId, Guid FounderId);

    /// <summary>A Beijing healthcare fund (seed and Series A, CNY 5–30 million) and a Beijing healthcare Series A project seeking CNY 20 million.</summary>
    private async Task<Market> MarketAsync()
    {
        var k = ImportFiles.Unique();
        var result = await app.ImportAsync(ImportFiles.File(
            users:
            [
                ImportFiles.User($"m-{k}", Users.UniqueEmail("rec-manager"), "fund-manager"),
                ImportFiles.User($"f-{k}", Users.UniqueEmail("rec-founder")),
            ],
            startups: [ImportFiles.Startup($"s-{k}", [$"f-{k}"], cluster: "beijing", sectors: ["healthcare"])],
            projects: [ImportFiles.Project($"p-{k}", $"s-{k}", amount: 20_000_000, titleEn: $"Hospital imaging {k}")],
            funds: [ImportFiles.Fund($"fund-{k}", [$"m-{k}"])]));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ToString())));
        return await app.QueryAsync(async db => new Market(
            await db.Funds.Where(f => f.ImportKey == $"fund-{k}").Select(f => f.Id).SingleAsync(),
            await db.Projects.Where(p => p.ImportKey == $"p-{k}").Select(p => p.Id).SingleAsync(),
            await db.UserProfiles.Where(u => u.ImportKey == $"m-{k}").Select(u => u.Id).SingleAsync(),
            await db.UserProfiles.Where(u => u.ImportKey == $"f-{k}").Select(u => u.Id).SingleAsync()));
    }

    private Task<T> SystemAsync<T>(ICommand<T> command) => app.SendAsync(command);

    private Task<List<Guid>> ListAsync(string subjectKind, Guid subject) => app.QueryAsync(async db =>
    {
        var generation = await RecommendationStore.CurrentGenerationAsync(db, Pairings.FundProject, CancellationToken.None);
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

    [Fact]
    public async Task A_killed_full_recompute_leaves_the_previous_generation_visible_and_the_rerun_completes()
    {
        var market = await MarketAsync();
        await ProcessAllAsync();
        var before = await app.QueryAsync(db => RecommendationStore.CurrentGenerationAsync(db, Pairings.FundProject, CancellationToken.None));
        Assert.NotNull(before);
        var listBefore = await ListAsync(MatchKinds.Fund, market.FundId);
        Assert.NotEmpty(listBefore);

        // A run that dies after its start (no chunk done): readers still see the previous generation, whole.
        var plan = await SystemAsync(new StartFullRecompute.Command(Pairings.FundProject));
        Assert.NotEqual(before, plan.GenerationId);
        Assert.Equal(before, await app.QueryAsync(db => RecommendationStore.CurrentGenerationAsync(db, Pairings.FundProject, CancellationToken.None)));
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
        Assert.Equal(rerun.GenerationId, await app.QueryAsync(db => RecommendationStore.CurrentGenerationAsync(db, Pairings.FundProject, CancellationToken.None)));
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
