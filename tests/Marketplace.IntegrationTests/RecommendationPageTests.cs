using System.Globalization;
using System.Net;
using Marketplace.Application.Import;
using Marketplace.Application.Matching;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Application.Matching.Store;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Matching;
using Marketplace.Domain.Researchers;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using WebClient = Marketplace.IntegrationTests.Infrastructure.WebClient;

namespace Marketplace.IntegrationTests;

/// <summary>
/// Recommendations where users see them: the list pages of funds, projects, researchers and positions,
/// their "why" panels, save and dismiss, the dashboards, the settings toggle and "add to pipeline".
/// </summary>
public abstract class RecommendationPageTests(MarketplaceApp app)
{
    private const string Password = "a passphrase for recommendation tests";

    /// <summary>
    /// A fund and a project that fit only each other's narrow wants (a cluster of the test's own, the chips
    /// sector), a position of the same startup of a type few want (visiting), a public researcher who wants
    /// it, a hidden researcher who wants it too, and the signed-in users.
    /// </summary>
    private sealed record Market(
        Guid FundId, Guid ProjectId, Guid PositionId, Guid ResearcherId, Guid HiddenResearcherId,
        WebClient Manager, WebClient Founder, WebClient Researcher, WebClient Hidden, Guid ManagerId, Guid FounderId);

    private async Task<Market> MarketAsync()
    {
        var k = ImportFiles.Unique();
        var cluster = $"rec-{k}";
        var emails = new Dictionary<string, string>
        {
            [$"m-{k}"] = Users.UniqueEmail("rec-manager"),
            [$"f-{k}"] = Users.UniqueEmail("rec-founder"),
            [$"r-{k}"] = Users.UniqueEmail("rec-researcher"),
            [$"h-{k}"] = Users.UniqueEmail("rec-hidden"),
        };
        var result = await app.ImportAsync(ImportFiles.File(
            clusters: [ImportFiles.Cluster(cluster)],
            users:
            [
                ImportFiles.User($"m-{k}", emails[$"m-{k}"], "fund-manager"),
                ImportFiles.User($"f-{k}", emails[$"f-{k}"]),
                ImportFiles.User($"r-{k}", emails[$"r-{k}"], "researcher", displayName: $"Researcher {k}"),
                ImportFiles.User($"h-{k}", emails[$"h-{k}"], "researcher", displayName: $"Hidden {k}"),
            ],
            startups: [ImportFiles.Startup($"s-{k}", [$"f-{k}"], cluster: cluster, sectors: ["ai-chips"])],
            projects: [ImportFiles.Project($"p-{k}", $"s-{k}", amount: 20_000_000, titleEn: $"Edge inference chips {k}")],
            funds:
            [
                ImportFiles.Fund($"fund-{k}", [$"m-{k}"], cluster: cluster, mandate: new
                {
                    sectors = new[] { "ai-chips" },
                    stages = new[] { "seed", "series-a" },
                    ticket = new { min = 5_000_000L, max = 30_000_000L, currency = "CNY" },
                    clusters = new[] { cluster },
                    openToOtherClusters = false,
                }),
            ],
            researchers:
            [
                ImportFiles.Researcher($"rp-{k}", $"r-{k}", desiredClusters: [cluster], researchAreas: ["robotics"], positionTypes: ["visiting"]),
                ImportFiles.Researcher($"hp-{k}", $"h-{k}", visibility: "hidden", desiredClusters: [cluster], researchAreas: ["robotics"], positionTypes: ["visiting"]),
            ],
            positions: [ImportFiles.Position($"pos-{k}", startup: $"s-{k}", type: "visiting", cluster: cluster, titleEn: $"Visiting roboticist {k}")]),
            new ImportOptions(PasswordForAll: Password));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ToString())));
        await ProcessAllAsync();

        async Task<WebClient> SignInAsync(string key)
        {
            var client = app.NewClient();
            Assert.Equal(HttpStatusCode.Redirect, (await Users.SignInAsync(client, emails[key], Password)).Status);
            return client;
        }

        return await app.QueryAsync(async db => new Market(
            await db.Funds.Where(f => f.ImportKey == $"fund-{k}").Select(f => f.Id).SingleAsync(),
            await db.Projects.Where(p => p.ImportKey == $"p-{k}").Select(p => p.Id).SingleAsync(),
            await db.Positions.Where(p => p.ImportKey == $"pos-{k}").Select(p => p.Id).SingleAsync(),
            await db.UserProfiles.Where(u => u.ImportKey == $"r-{k}").Select(u => u.Id).SingleAsync(),
            await db.UserProfiles.Where(u => u.ImportKey == $"h-{k}").Select(u => u.Id).SingleAsync(),
            await SignInAsync($"m-{k}"), await SignInAsync($"f-{k}"), await SignInAsync($"r-{k}"), await SignInAsync($"h-{k}"),
            await db.UserProfiles.Where(u => u.ImportKey == $"m-{k}").Select(u => u.Id).SingleAsync(),
            await db.UserProfiles.Where(u => u.ImportKey == $"f-{k}").Select(u => u.Id).SingleAsync()));
    }

    private async Task ProcessAllAsync()
    {
        while (await app.SendAsync(new ProcessRecomputeRequests.Command()) > 0)
        {
        }
    }

    private static string ListUrl(string kind, Guid id) => $"/recommendations/{kind}/{id}";

    /// <summary>The item for <paramref name="target"/> on the list (looking through its pages), or null.</summary>
    private static async Task<(Page Page, AngleSharp.Dom.IElement? Item)> FindAsync(WebClient client, string kind, Guid id, Guid target)
    {
        var page = await client.GetAsync(ListUrl(kind, id));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        for (var n = 2; ; n++)
        {
            if (page.Document.QuerySelector($"[data-testid=recommendation][data-target='{target}']") is { } item)
                return (page, item);
            if (page.Document.QuerySelector("a[rel=next]") is null)
                return (page, null);
            page = await client.GetAsync($"{ListUrl(kind, id)}?page={n}");
        }
    }

    private static Task<Page> ActAsync(WebClient client, Page page, Guid target, string form, Dictionary<string, string>? fields = null) =>
        client.SubmitAsync(page, fields ?? [], $"[data-testid=recommendation][data-target='{target}'] [data-testid={form}]");

    [Fact]
    public async Task Each_kind_of_list_is_shown_to_its_owners_and_is_404_to_strangers_and_other_roles()
    {
        var market = await MarketAsync();
        var other = await MarketAsync();
        var admin = await Users.AdminAsync(app);

        // Owners see their lists with the other side's item.
        Assert.NotNull((await FindAsync(market.Manager, MatchKinds.Fund, market.FundId, market.ProjectId)).Item);
        Assert.NotNull((await FindAsync(market.Founder, MatchKinds.Project, market.ProjectId, market.FundId)).Item);
        Assert.NotNull((await FindAsync(market.Researcher, MatchKinds.Researcher, market.ResearcherId, market.PositionId)).Item);
        Assert.NotNull((await FindAsync(market.Founder, MatchKinds.Position, market.PositionId, market.ResearcherId)).Item);
        // Administrators may read any list.
        Assert.NotNull((await FindAsync(admin.Client, MatchKinds.Fund, market.FundId, market.ProjectId)).Item);

        // Strangers of the same role and the other side are told the list does not exist.
        foreach (var (client, kind, id) in new[]
        {
            (other.Manager, MatchKinds.Fund, market.FundId),
            (market.Founder, MatchKinds.Fund, market.FundId),
            (other.Founder, MatchKinds.Project, market.ProjectId),
            (market.Manager, MatchKinds.Project, market.ProjectId),
            (other.Researcher, MatchKinds.Researcher, market.ResearcherId),
            (market.Founder, MatchKinds.Researcher, market.ResearcherId),
            (other.Founder, MatchKinds.Position, market.PositionId),
            (market.Researcher, MatchKinds.Position, market.PositionId),
            (market.Manager, "startup", market.ProjectId),
        })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ListUrl(kind, id))).Status);
        // Feedback is refused the same way.
        var token = await other.Manager.TokenAsync(ListUrl(MatchKinds.Fund, other.FundId));
        var refused = await other.Manager.PostAsync($"{ListUrl(MatchKinds.Fund, market.FundId)}/save",
            [new("__RequestVerificationToken", token), new("TargetId", market.ProjectId.ToString())]);
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.False(await app.QueryAsync(db => db.RecommendationFeedback.AnyAsync(f => f.SubjectId == market.FundId)));
    }

    [Fact]
    public async Task The_why_panel_lists_factors_that_add_up_to_the_shown_score_and_the_rules_passed()
    {
        var market = await MarketAsync();
        var (_, item) = await FindAsync(market.Manager, MatchKinds.Fund, market.FundId, market.ProjectId);
        Assert.NotNull(item);
        var shown = decimal.Parse(item.QuerySelector("[data-testid=score]")!.GetAttribute("data-score")!, CultureInfo.InvariantCulture);
        var points = item.QuerySelectorAll("[data-testid=factor-points]")
            .Select(e => decimal.Parse(e.GetAttribute("data-points")!, CultureInfo.InvariantCulture)).ToList();
        Assert.True(points.Count >= 5);
        Assert.Equal(shown, points.Sum());
        Assert.Equal(item.QuerySelector("[data-testid=score]")!.TextContent.Trim(), item.QuerySelector("[data-testid=why-total]")!.TextContent.Trim());
        Assert.True(shown > 0);
        // Both sides' wants are explained, and the sectors in common are named.
        Assert.Contains(item.QuerySelectorAll("[data-testid=factor]"), f => f.GetAttribute("data-side") == MatchKinds.Fund);
        Assert.Contains(item.QuerySelectorAll("[data-testid=factor]"), f => f.GetAttribute("data-side") == MatchKinds.Project);
        Assert.Contains(item.QuerySelectorAll("[data-testid=factor]"), f => f.GetAttribute("data-code") == FactorCodes.Sector && f.TextContent.Contains("Sectors in common"));
        // The hard rules that passed, as sentences.
        var rules = item.QuerySelectorAll("[data-testid=rule]").Select(r => r.TextContent.Trim()).ToList();
        Assert.Contains(rules, r => r.StartsWith("Stage Series A is in the mandate", StringComparison.Ordinal));

        // The same in Chinese, from the same stored explanation.
        var zh = await market.Manager.GetAsync(ListUrl(MatchKinds.Fund, market.FundId) + "?culture=zh-Hans");
        Assert.Equal("推荐理由", zh.Text("[data-testid=why] summary"));
        Assert.Contains(zh.Texts("[data-testid=factor]"), f => f.Contains("共同行业"));

        // The researcher's side: talent rules are explained too.
        var (_, position) = await FindAsync(market.Researcher, MatchKinds.Researcher, market.ResearcherId, market.PositionId);
        Assert.NotNull(position);
        Assert.Contains(position.QuerySelectorAll("[data-testid=rule]"), r => r.TextContent.Contains("Visiting is a position type the researcher wants"));
        var total = decimal.Parse(position.QuerySelector("[data-testid=score]")!.GetAttribute("data-score")!, CultureInfo.InvariantCulture);
        Assert.Equal(total, position.QuerySelectorAll("[data-testid=factor-points]").Sum(e => decimal.Parse(e.GetAttribute("data-points")!, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Save_and_unsave_are_kept_as_feedback_and_shown_on_the_item()
    {
        var market = await MarketAsync();
        var (page, _) = await FindAsync(market.Founder, MatchKinds.Project, market.ProjectId, market.FundId);
        var saved = await ActAsync(market.Founder, page, market.FundId, "save-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var (_, item) = await FindAsync(market.Founder, MatchKinds.Project, market.ProjectId, market.FundId);
        Assert.Equal("true", item!.GetAttribute("data-saved"));

        var (again, _) = await FindAsync(market.Founder, MatchKinds.Project, market.ProjectId, market.FundId);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(market.Founder, again, market.FundId, "save-form")).Status);
        (_, item) = await FindAsync(market.Founder, MatchKinds.Project, market.ProjectId, market.FundId);
        Assert.Equal("false", item!.GetAttribute("data-saved"));

        var actions = await app.QueryAsync(db => db.RecommendationFeedback.Where(f => f.SubjectId == market.ProjectId)
            .OrderBy(f => f.Id).Select(f => new { f.Action, f.UserId, f.TargetKind, f.TargetId }).ToListAsync());
        Assert.Equal([FeedbackActions.Saved, FeedbackActions.Unsaved], actions.Select(a => a.Action));
        Assert.All(actions, a => Assert.Equal((market.FounderId, MatchKinds.Fund, market.FundId), (a.UserId, a.TargetKind, a.TargetId)));
        Assert.True(await app.QueryAsync(db => db.RecomputeRequests.AnyAsync(r => r.EntityKind == MatchKinds.Project && r.EntityId == market.ProjectId)));
    }

    [Fact]
    public async Task A_dismissal_needs_a_reason_and_the_dismissed_item_is_gone_at_once_and_after_the_next_recompute()
    {
        var market = await MarketAsync();
        var (page, _) = await FindAsync(market.Researcher, MatchKinds.Researcher, market.ResearcherId, market.PositionId);

        var refused = await ActAsync(market.Researcher, page, market.PositionId, "dismiss-form");
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Choose why you dismiss it.", refused.FieldError("Reason"));
        Assert.NotNull(refused.Document.QuerySelector($"[data-testid=recommendation][data-target='{market.PositionId}'] [data-testid=reason-error]"));
        Assert.False(await app.QueryAsync(db => db.RecommendationFeedback.AnyAsync(f => f.SubjectId == market.ResearcherId)));

        var dismissed = await ActAsync(market.Researcher, page, market.PositionId, "dismiss-form", new() { ["Reason"] = "wrong-location" });
        Assert.Equal(HttpStatusCode.Redirect, dismissed.Status);
        Assert.Null((await FindAsync(market.Researcher, MatchKinds.Researcher, market.ResearcherId, market.PositionId)).Item);
        var row = await app.QueryAsync(db => db.RecommendationFeedback.SingleAsync(f => f.SubjectId == market.ResearcherId));
        Assert.Equal((FeedbackActions.Dismissed, "wrong-location", MatchKinds.Position), (row.Action, row.Reason, row.TargetKind));

        await ProcessAllAsync();
        Assert.Null((await FindAsync(market.Researcher, MatchKinds.Researcher, market.ResearcherId, market.PositionId)).Item);
        var stored = await app.QueryAsync(async db =>
        {
            var generation = await db.CurrentGenerations.CurrentIdAsync(Pairings.ResearcherPosition, CancellationToken.None);
            return await db.Recommendations.AnyAsync(r => r.GenerationId == generation && r.SubjectId == market.ResearcherId && r.TargetId == market.PositionId);
        });
        Assert.False(stored);
        // Nor on the dashboard.
        var dashboard = await market.Researcher.GetAsync("/dashboard");
        Assert.Null(dashboard.Document.QuerySelector($"[data-testid=recommendation][data-target='{market.PositionId}']"));
    }

    [Fact]
    public async Task A_hidden_researcher_never_appears_in_a_positions_list()
    {
        var market = await MarketAsync();
        // The hidden researcher is recommended the position (they look; nobody sees them) ...
        Assert.NotNull((await FindAsync(market.Hidden, MatchKinds.Researcher, market.HiddenResearcherId, market.PositionId)).Item);
        // ... but never shown to its poster.
        Assert.Null((await FindAsync(market.Founder, MatchKinds.Position, market.PositionId, market.HiddenResearcherId)).Item);
        Assert.NotNull((await FindAsync(market.Founder, MatchKinds.Position, market.PositionId, market.ResearcherId)).Item);

        // A profile hidden after the computation disappears at once, before any recompute.
        await app.QueryAsync(db => db.ResearcherProfiles.Where(r => r.Id == market.ResearcherId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Visibility, ResearcherVisibility.Hidden)));
        Assert.Null((await FindAsync(market.Founder, MatchKinds.Position, market.PositionId, market.ResearcherId)).Item);
        var dashboard = await market.Founder.GetAsync("/dashboard");
        Assert.NotNull(dashboard.Document.QuerySelector($"[data-testid=recommendation-preview][data-subject='{market.PositionId}']"));
        Assert.Null(dashboard.Document.QuerySelector($"[data-testid=recommendation][data-target='{market.ResearcherId}']"));
    }

    [Fact]
    public async Task Talent_lists_offer_and_accept_talent_reasons_to_dismiss_and_fund_lists_keep_theirs()
    {
        var market = await MarketAsync();
        string[] Reasons(Page page, Guid target) => page.Document
            .QuerySelectorAll($"[data-testid=recommendation][data-target='{target}'] [data-testid=dismiss-reason] option")
            .Select(o => o.GetAttribute("value")!).Where(v => v.Length > 0).ToArray();

        var (talent, _) = await FindAsync(market.Researcher, MatchKinds.Researcher, market.ResearcherId, market.PositionId);
        Assert.Equal(DismissReasons.Talent, Reasons(talent, market.PositionId));
        var labels = talent.Texts($"[data-testid=recommendation][data-target='{market.PositionId}'] [data-testid=dismiss-reason] option");
        Assert.Contains("Field doesn't match", labels);
        Assert.Contains("Seniority doesn't match", labels);
        Assert.DoesNotContain("Wrong stage", labels);
        Assert.DoesNotContain("Wrong size", labels);
        var chinese = await market.Researcher.GetAsync(ListUrl(MatchKinds.Researcher, market.ResearcherId) + "?culture=zh-Hans");
        Assert.Contains("资历不符", chinese.Texts($"[data-testid=recommendation][data-target='{market.PositionId}'] [data-testid=dismiss-reason] option"));
        var (positionSide, _) = await FindAsync(market.Founder, MatchKinds.Position, market.PositionId, market.ResearcherId);
        Assert.Equal(DismissReasons.Talent, Reasons(positionSide, market.ResearcherId));
        var (fundSide, _) = await FindAsync(market.Founder, MatchKinds.Project, market.ProjectId, market.FundId);
        Assert.Equal(DismissReasons.FundProject, Reasons(fundSide, market.FundId));

        // Each list's validator takes its own reasons only.
        var stage = await ActAsync(market.Researcher, talent, market.PositionId, "dismiss-form", new() { ["Reason"] = "wrong-stage" });
        Assert.Equal(HttpStatusCode.BadRequest, stage.Status);
        Assert.NotNull(stage.FieldError("Reason"));
        var field = await ActAsync(market.Founder, fundSide, market.FundId, "dismiss-form", new() { ["Reason"] = "wrong-field" });
        Assert.Equal(HttpStatusCode.BadRequest, field.Status);
        Assert.False(await app.QueryAsync(db => db.RecommendationFeedback.AnyAsync(f => f.SubjectId == market.ResearcherId || f.SubjectId == market.ProjectId)));

        var dismissed = await ActAsync(market.Researcher, talent, market.PositionId, "dismiss-form", new() { ["Reason"] = "wrong-seniority" });
        Assert.Equal(HttpStatusCode.Redirect, dismissed.Status);
        var row = await app.QueryAsync(db => db.RecommendationFeedback.SingleAsync(f => f.SubjectId == market.ResearcherId));
        Assert.Equal((FeedbackActions.Dismissed, "wrong-seniority"), (row.Action, row.Reason));
    }

    [Fact]
    public async Task Dashboard_cards_join_only_the_facts_a_target_has()
    {
        var market = await MarketAsync();
        foreach (var client in new[] { market.Founder, market.Manager, market.Researcher })
        {
            var dashboard = await client.GetAsync("/dashboard");
            var facts = dashboard.Texts("[data-testid=dashboard-recommendations] [data-testid=target-facts]");
            Assert.NotEmpty(facts);
            Assert.All(facts, f => Assert.DoesNotMatch(@"^\s*·|·\s*$|·\s*·", f));
        }
        // A fund has no subtitle: its card starts with its cluster, not with a separator.
        var founder = await market.Founder.GetAsync("/dashboard");
        var fundFacts = founder.Text($"[data-testid=recommendation-preview][data-subject='{market.ProjectId}'] [data-testid=recommendation][data-target='{market.FundId}'] [data-testid=target-facts]")!;
        Assert.Matches(@"^[^·\s].* · .+$", fundFacts);
    }

    [Fact]
    public async Task Dashboards_show_the_top_recommendations_and_turning_them_off_hides_them_everywhere_until_turned_on()
    {
        var market = await MarketAsync();
        string Item(Guid subject, Guid target) => $"[data-testid=recommendation-preview][data-subject='{subject}'] [data-testid=recommendation][data-target='{target}']";

        var manager = await market.Manager.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, manager.Status);
        Assert.NotNull(manager.Document.QuerySelector($"[data-testid=my-funds] [data-fund='{market.FundId}']"));
        Assert.NotNull(manager.Document.QuerySelector(Item(market.FundId, market.ProjectId) + " [data-testid=add-to-pipeline]"));
        Assert.NotNull(manager.Document.QuerySelector("a[data-testid=nav-dashboard]"));
        var founder = await market.Founder.GetAsync("/dashboard");
        Assert.NotNull(founder.Document.QuerySelector(Item(market.ProjectId, market.FundId)));
        Assert.NotNull(founder.Document.QuerySelector(Item(market.PositionId, market.ResearcherId)));
        Assert.True(founder.Document.QuerySelectorAll($"[data-testid=recommendation-preview][data-subject='{market.ProjectId}'] [data-testid=recommendation]").Length <= 3);
        Assert.NotNull(founder.Document.QuerySelector($"a[href='{ListUrl(MatchKinds.Project, market.ProjectId)}']"));
        var researcher = await market.Researcher.GetAsync("/dashboard");
        Assert.NotNull(researcher.Document.QuerySelector(Item(market.ResearcherId, market.PositionId)));

        // The founder turns recommendations off (the digest stays on): plain browsing links instead, everywhere.
        var off = await market.Founder.SubmitAsync("/account/profile", new Dictionary<string, string> { ["RecommendationsEnabled"] = "false" },
            "[data-testid=recommendation-settings]");
        Assert.Equal(HttpStatusCode.Redirect, off.Status);
        Assert.Equal((false, true), await app.QueryAsync(db => db.UserProfiles.Where(u => u.Id == market.FounderId)
            .Select(u => new ValueTuple<bool, bool>(u.RecommendationsEnabled, u.DigestEnabled)).SingleAsync()));
        var profile = await market.Founder.GetAsync("/account/profile");
        Assert.False(profile.Document.QuerySelector("[data-testid=recommendations-enabled]")!.HasAttribute("checked"));
        Assert.True(profile.Document.QuerySelector("[data-testid=digest-enabled]")!.HasAttribute("checked"));
        foreach (var url in new[] { "/dashboard", ListUrl(MatchKinds.Project, market.ProjectId), ListUrl(MatchKinds.Position, market.PositionId) })
        {
            var page = await market.Founder.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.NotNull(page.Document.QuerySelector("[data-testid=recommendations-off] a[href='/funds']"));
            Assert.Empty(page.Document.QuerySelectorAll("[data-testid=recommendation]"));
        }
        // Someone else's setting is theirs: the fund manager still sees the fund's list.
        Assert.NotNull((await FindAsync(market.Manager, MatchKinds.Fund, market.FundId, market.ProjectId)).Item);

        var on = await market.Founder.SubmitAsync("/account/profile", new Dictionary<string, string> { ["RecommendationsEnabled"] = "true" },
            "[data-testid=recommendation-settings]");
        Assert.Equal(HttpStatusCode.Redirect, on.Status);
        Assert.NotNull((await market.Founder.GetAsync("/dashboard")).Document.QuerySelector(Item(market.ProjectId, market.FundId)));
        Assert.NotNull((await FindAsync(market.Founder, MatchKinds.Project, market.ProjectId, market.FundId)).Item);
    }

    [Fact]
    public async Task Add_to_pipeline_from_a_funds_recommendations_creates_the_deal_with_source_recommendation()
    {
        var market = await MarketAsync();
        var (page, _) = await FindAsync(market.Manager, MatchKinds.Fund, market.FundId, market.ProjectId);
        var added = await ActAsync(market.Manager, page, market.ProjectId, "pipeline-form");
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        var deal = await app.QueryAsync(db => db.Deals.SingleAsync(d => d.FundId == market.FundId && d.ProjectId == market.ProjectId));
        Assert.Equal(DealSources.Recommendation, deal.Source);
        Assert.Equal(DealStage.Sourced, deal.Stage);
        Assert.Equal($"/funds/{market.FundId}/deals/{deal.Id}", Redirects.PathOf(added.Location));

        // The list now says it is in the pipeline, instead of offering to add it again.
        var (_, item) = await FindAsync(market.Manager, MatchKinds.Fund, market.FundId, market.ProjectId);
        Assert.NotNull(item!.QuerySelector("[data-testid=in-pipeline]"));
        Assert.Null(item.QuerySelector("[data-testid=add-to-pipeline]"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RecommendationPageTestsOnSqlite(SqliteApp app) : RecommendationPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RecommendationPageTestsOnPostgreSql(PostgresApp app) : RecommendationPageTests(app);
