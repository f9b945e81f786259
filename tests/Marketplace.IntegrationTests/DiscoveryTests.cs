using System.Net;
using AngleSharp.Dom;
using Marketplace.Application.Clusters;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>
/// /projects: published projects only, their public part, each filter, amounts compared across
/// currencies through the reference rates, sorting, paging, text search in both languages, the
/// empty state and refused filters. Each test reads only its own rows (its own cluster or a marker).
/// </summary>
public abstract class DiscoveryTests(MarketplaceApp app)
{
    private static readonly DateTime Start = DateTime.UtcNow.AddDays(-30);

    private static IReadOnlyList<string> Titles(Page page) => page.Texts("[data-testid=project-title]");

    private static int Total(Page page) => int.Parse(page.Document.QuerySelector("[data-testid=total]")!.GetAttribute("data-total")!);

    [Fact]
    public async Task Only_published_projects_are_listed_and_only_their_public_part()
    {
        var (key, clusterId) = await TestClusters.CreateAsync(app, "Discovery cluster");
        var startup = await TestProjects.StartupAsync(app, clusterId, "Lumen Health", ["healthcare", "foundation-models"]);
        var published = await TestProjects.ProjectAsync(app, startup, "Published radiology model", 50_000_000, "CNY", "series-a", "equity",
            summaryEn: "Radiology reports drafted by a foundation model.");
        foreach (var state in new[] { ModerationState.Draft, ModerationState.Submitted, ModerationState.Rejected, ModerationState.ChangesRequested, ModerationState.Closed })
            await TestProjects.ProjectAsync(app, startup, "Hidden " + state, state: state);
        await app.QueryAsync(async db =>
        {
            db.ProjectConfidentials.Add(new ProjectConfidential(published) { PreMoneyValuationAmount = 987_654_321, PreMoneyValuationCurrency = "CNY", RunwayMonths = 17 });
            return await db.SaveChangesAsync();
        });

        var page = await app.NewClient().GetAsync($"/projects?cluster={key}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Published radiology model"], Titles(page));
        Assert.Equal(1, Total(page));
        var card = page.Document.QuerySelector($"[data-project='{published}']")!;
        Assert.Equal($"/projects/{published}", card.QuerySelector("[data-testid=project-title]")!.GetAttribute("href"));
        Assert.Equal("Lumen Health", card.QuerySelector("[data-testid=startup]")!.TextContent.Trim());
        Assert.Equal($"/startups/{startup}", card.QuerySelector("[data-testid=startup]")!.GetAttribute("href"));
        Assert.Equal("Discovery cluster", card.QuerySelector("[data-testid=cluster]")!.TextContent.Trim());
        Assert.Equal("CNY 50,000,000", card.QuerySelector("[data-testid=amount]")!.TextContent.Trim());
        Assert.Equal("(about USD 7,042,254)", card.QuerySelector("[data-testid=converted]")!.TextContent.Trim());
        Assert.Equal("Series A", card.QuerySelector("[data-testid=stage]")!.TextContent.Trim());
        Assert.Equal("Equity", card.QuerySelector("[data-testid=instrument]")!.TextContent.Trim());
        Assert.Equal(["Healthcare", "Foundation models"], card.QuerySelectorAll("[data-testid=sector]").Select(e => e.TextContent.Trim()));
        Assert.Equal("Radiology reports drafted by a foundation model.", card.QuerySelector("[data-testid=excerpt]")!.TextContent.Trim());
        Assert.DoesNotContain("987,654,321", page.Html);
        Assert.DoesNotContain("987654321", page.Html);
        Assert.DoesNotContain("Hidden Draft", page.Html);
    }

    [Fact]
    public async Task Each_filter_keeps_only_the_matching_projects()
    {
        var (key, clusterId) = await TestClusters.CreateAsync(app);
        var health = await TestProjects.StartupAsync(app, clusterId, "Health startup", ["healthcare", "fintech"]);
        var robots = await TestProjects.StartupAsync(app, clusterId, "Robot startup", ["robotics"]);
        await TestProjects.ProjectAsync(app, health, "Seed equity health", stage: "seed", instrument: "equity");
        await TestProjects.ProjectAsync(app, health, "Series A note health", stage: "series-a", instrument: "convertible-note");
        await TestProjects.ProjectAsync(app, robots, "Seed SAFE robots", stage: "seed", instrument: "safe");
        var client = app.NewClient();

        async Task<IReadOnlyList<string>> TitlesFor(string filters) =>
            Titles(await client.GetAsync($"/projects?cluster={key}&sort=amount-asc&{filters}")).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["Seed SAFE robots", "Seed equity health", "Series A note health"], await TitlesFor(""));
        Assert.Equal(["Seed equity health", "Series A note health"], await TitlesFor("sector=fintech"));
        Assert.Equal(["Seed SAFE robots"], await TitlesFor("sector=robotics"));
        Assert.Equal(["Seed SAFE robots", "Seed equity health"], await TitlesFor("stage=seed"));
        Assert.Equal(["Series A note health"], await TitlesFor("instrument=convertible-note"));
        Assert.Equal(["Seed equity health"], await TitlesFor("stage=seed&sector=healthcare&instrument=equity"));
        Assert.Empty(await TitlesFor("sector=ai-chips"));

        // The development mode is the cluster's: a project of a technology-breakthrough cluster shows under that mode only.
        var marker = TestProjects.Marker();
        var otherKey = TestClusters.UniqueKey("tb");
        await app.SendAsync(new CreateCluster.Command(otherKey, "Breakthrough " + otherKey, null, "US", null, "technology-breakthrough", null, null));
        var otherId = await app.QueryAsync(db => db.Clusters.Where(c => c.Key == otherKey).Select(c => c.Id).SingleAsync());
        await TestProjects.ProjectAsync(app, await TestProjects.StartupAsync(app, otherId, "TB startup"), "Breakthrough " + marker);
        await TestProjects.ProjectAsync(app, health, "Scenario " + marker);
        Assert.Equal(["Breakthrough " + marker], Titles(await client.GetAsync($"/projects?q={marker}&mode=technology-breakthrough")));
        Assert.Equal(["Scenario " + marker], Titles(await client.GetAsync($"/projects?q={marker}&mode=application-scenario")));
        Assert.Empty(Titles(await client.GetAsync($"/projects?q={marker}&mode=institution-supply")));
    }

    [Fact]
    public async Task An_amount_range_in_dollars_finds_a_yuan_project_at_the_reference_rate_and_not_outside_it()
    {
        // 71,000,000 CNY at 7.1 CNY per USD is exactly 10,000,000 USD.
        var (key, clusterId) = await TestClusters.CreateAsync(app);
        var startup = await TestProjects.StartupAsync(app, clusterId, "Yuan startup");
        await TestProjects.ProjectAsync(app, startup, "Yuan project", 71_000_000, "CNY");
        await TestProjects.ProjectAsync(app, startup, "Dollar project", 3_000_000, "USD");
        var client = app.NewClient();

        async Task<IReadOnlyList<string>> TitlesFor(string range) =>
            Titles(await client.GetAsync($"/projects?cluster={key}&{range}")).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["Yuan project"], await TitlesFor("minAmount=9000000&maxAmount=11000000&currency=USD"));
        Assert.Equal(["Yuan project"], await TitlesFor("minAmount=10,000,000&maxAmount=10,000,000"));
        Assert.Empty(await TitlesFor("minAmount=10000001"));
        Assert.Empty(await TitlesFor("minAmount=4000000&maxAmount=9999999"));
        Assert.Equal(["Dollar project", "Yuan project"], await TitlesFor("maxAmount=10000000"));
        // The other way round: a range in yuan finds the dollar project (3,000,000 USD = 21,300,000 CNY).
        Assert.Equal(["Dollar project"], await TitlesFor("minAmount=21300000&maxAmount=21300000&currency=CNY"));
        Assert.Equal(["Dollar project"], await TitlesFor("minAmount=20000000&maxAmount=30000000&currency=CNY"));
    }

    [Fact]
    public async Task A_project_in_a_currency_without_a_rate_is_left_out_of_amount_filters_and_the_page_says_so()
    {
        var (key, clusterId) = await TestClusters.CreateAsync(app);
        var startup = await TestProjects.StartupAsync(app, clusterId, "Unrated startup");
        await TestProjects.ProjectAsync(app, startup, "Test-currency project", 5_000_000, "XTS");
        await TestProjects.ProjectAsync(app, startup, "Dollar project", 5_000_000, "USD");
        var client = app.NewClient();

        var unfiltered = await client.GetAsync($"/projects?cluster={key}");
        Assert.Equal(2, Total(unfiltered));
        Assert.Null(unfiltered.Text("[data-testid=unrated]"));

        var filtered = await client.GetAsync($"/projects?cluster={key}&minAmount=0");
        Assert.Equal(["Dollar project"], Titles(filtered));
        Assert.Equal("1 project in a currency without a reference rate (XTS) is left out of the amount filter.", filtered.Text("[data-testid=unrated]"));
    }

    [Fact]
    public async Task Sorting_by_amount_compares_the_amounts_in_one_currency()
    {
        var (key, clusterId) = await TestClusters.CreateAsync(app);
        var startup = await TestProjects.StartupAsync(app, clusterId, "Sorting startup");
        // In dollars: 10M, 5M, 2M, 1M; the unrated one cannot be compared and comes last either way.
        await TestProjects.ProjectAsync(app, startup, "Yuan 10M", 71_000_000, "CNY", publishedAt: Start.AddMinutes(1));
        await TestProjects.ProjectAsync(app, startup, "Euro 5M", 4_600_000, "EUR", publishedAt: Start.AddMinutes(2));
        await TestProjects.ProjectAsync(app, startup, "Dollar 2M", 2_000_000, "USD", publishedAt: Start.AddMinutes(3));
        await TestProjects.ProjectAsync(app, startup, "Yen 1M", 150_000_000, "JPY", publishedAt: Start.AddMinutes(4));
        await TestProjects.ProjectAsync(app, startup, "Unrated", 999_000_000_000, "XTS", publishedAt: Start.AddMinutes(5));
        var client = app.NewClient();

        Assert.Equal(["Yuan 10M", "Euro 5M", "Dollar 2M", "Yen 1M", "Unrated"], Titles(await client.GetAsync($"/projects?cluster={key}&sort=amount-desc")));
        Assert.Equal(["Yen 1M", "Dollar 2M", "Euro 5M", "Yuan 10M", "Unrated"], Titles(await client.GetAsync($"/projects?cluster={key}&sort=amount-asc")));
        Assert.Equal(["Unrated", "Yen 1M", "Dollar 2M", "Euro 5M", "Yuan 10M"], Titles(await client.GetAsync($"/projects?cluster={key}")));
        var sortSelect = (await client.GetAsync($"/projects?cluster={key}&sort=amount-desc")).Document
            .QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("select#Sort")!;
        Assert.Equal("amount-desc", sortSelect.Value);
    }

    [Fact]
    public async Task Pages_hold_twenty_projects_and_the_pager_keeps_the_filters()
    {
        var (key, clusterId) = await TestClusters.CreateAsync(app);
        var startup = await TestProjects.StartupAsync(app, clusterId, "Paging startup", ["logistics"]);
        for (var i = 1; i <= 23; i++)
            await TestProjects.ProjectAsync(app, startup, $"Project {i:00}", publishedAt: Start.AddMinutes(i));
        var client = app.NewClient();

        var first = await client.GetAsync($"/projects?cluster={key}&sector=logistics");
        Assert.Equal(23, Total(first));
        Assert.Equal(Enumerable.Range(4, 20).Reverse().Select(i => $"Project {i:00}"), Titles(first));
        var next = first.Document.QuerySelector("[data-testid=pager] a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains($"cluster={key}", next);
        Assert.Contains("sector=logistics", next);
        Assert.Contains("page=2", next);

        var second = await client.GetAsync(next);
        Assert.Equal(["Project 03", "Project 02", "Project 01"], Titles(second));
        Assert.Equal("2", second.Document.QuerySelector("[data-testid=pager]")!.GetAttribute("data-page"));
        var beyond = await client.GetAsync($"/projects?cluster={key}&page=9");
        Assert.Empty(Titles(beyond));
        Assert.Equal(23, Total(beyond));
    }

    [Fact]
    public async Task The_text_query_finds_Chinese_and_English_text_in_titles_summaries_and_startup_names()
    {
        var (key, clusterId) = await TestClusters.CreateAsync(app);
        var startup = await TestProjects.StartupAsync(app, clusterId, "Westlake Vision", nameZh: "西湖视觉");
        await TestProjects.ProjectAsync(app, startup, "Imaging triage", titleZh: "医疗影像分诊", summaryEn: "Triage of CT scans in county hospitals.");
        await TestProjects.ProjectAsync(app, startup, "Port logistics", titleZh: "港口物流", summaryZh: "面向港口的智能调度，也服务医疗物资配送。");
        await TestProjects.ProjectAsync(app, startup, "Credit scoring", summaryEn: "Fintech credit scoring for small firms.");
        var client = app.NewClient();

        async Task<IReadOnlyList<string>> TitlesFor(string q) =>
            Titles(await client.GetAsync($"/projects?cluster={key}&q={Uri.EscapeDataString(q)}")).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["Imaging triage", "Port logistics"], await TitlesFor("医疗"));
        Assert.Equal(["Port logistics"], await TitlesFor("智能调度"));
        Assert.Equal(["Imaging triage"], await TitlesFor("ct SCANS"));
        Assert.Equal(["Credit scoring"], await TitlesFor("FINTECH"));
        Assert.Equal(3, (await TitlesFor("西湖")).Count);
        Assert.Empty(await TitlesFor("量子"));

        var chinese = await client.GetAsync($"/projects?cluster={key}&q={Uri.EscapeDataString("医疗影像")}&culture=zh-Hans");
        Assert.Equal(["医疗影像分诊"], Titles(chinese));
        Assert.Equal("医疗影像", chinese.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input#Q")!.Value);
    }

    [Fact]
    public async Task When_nothing_matches_the_page_says_how_to_widen_the_search()
    {
        var (key, clusterId) = await TestClusters.CreateAsync(app);
        await TestProjects.ProjectAsync(app, await TestProjects.StartupAsync(app, clusterId, "Small startup"), "Small round", 100_000, "USD");

        var page = await app.NewClient().GetAsync($"/projects?cluster={key}&minAmount=50000000");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(Titles(page));
        Assert.Equal(0, Total(page));
        var empty = page.Document.QuerySelector("[data-testid=empty]")!;
        Assert.Equal("No project matches these filters: widen the amount range or clear filters.", empty.QuerySelector("p")!.TextContent.Trim());
        Assert.Equal("/projects", empty.QuerySelector("a")!.GetAttribute("href"));
        // The filters stay filled in, so the reader can widen them.
        Assert.Equal("50000000", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input#MinAmount")!.Value);
    }

    [Fact]
    public async Task Bad_filters_are_answered_with_400_and_a_message_at_each_field()
    {
        var page = await app.NewClient().GetAsync(
            "/projects?cluster=no-such-cluster&mode=none&sector=quantum&stage=series-z&instrument=shares&minAmount=-5&maxAmount=lots&currency=XYZ&sort=random&page=0&q=x");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        foreach (var field in new[] { "Cluster", "Mode", "Sector", "Stage", "Instrument", "Sort" })
            Assert.Equal("Choose one of the values offered.", page.FieldError(field));
        Assert.Equal("Enter a whole amount of zero or more, such as 5000000.", page.FieldError("MinAmount"));
        Assert.Equal("Enter a whole amount of zero or more, such as 5000000.", page.FieldError("MaxAmount"));
        Assert.Equal("Choose a currency from the list (the administrators' reference rates).", page.FieldError("Currency"));
        Assert.Equal("Pages are numbered from 1.", page.FieldError("Page"));
        Assert.Null(page.FieldError("Q"));
        Assert.NotNull(page.Text("[data-testid=refused]"));
        Assert.Empty(Titles(page));
        // What was typed comes back, to correct.
        Assert.Equal("lots", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input#MaxAmount")!.Value);

        var reversed = await app.NewClient().GetAsync("/projects?minAmount=10&maxAmount=5");
        Assert.Equal(HttpStatusCode.BadRequest, reversed.Status);
        Assert.Equal("The minimum must not be larger than the maximum.", reversed.FieldError("MinAmount"));

        var tooLong = await app.NewClient().GetAsync("/projects?q=" + new string('a', 101));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.NotNull(tooLong.FieldError("Q"));

        var chinese = await app.NewClient().GetAsync("/projects?minAmount=-1&maxAmount=1.5&culture=zh-Hans");
        Assert.Equal(HttpStatusCode.BadRequest, chinese.Status);
        Assert.Equal("请输入不小于零的整数金额，例如 5000000。", chinese.FieldError("MinAmount"));
        Assert.Equal("请输入不小于零的整数金额，例如 5000000。", chinese.FieldError("MaxAmount"));
        Assert.Equal("部分筛选条件无法使用，请修改标红的字段。", chinese.Text("[data-testid=refused]"));
    }

    [Fact]
    public async Task A_cluster_page_lists_its_latest_published_projects_and_links_to_all_of_them()
    {
        var (key, clusterId) = await TestClusters.CreateAsync(app);
        var emptyPage = await app.NewClient().GetAsync($"/clusters/{key}");
        Assert.NotNull(emptyPage.Text("[data-testid=cluster-projects-empty]"));

        var startup = await TestProjects.StartupAsync(app, clusterId, "Cluster startup");
        for (var i = 1; i <= 6; i++)
            await TestProjects.ProjectAsync(app, startup, $"Cluster project {i}", 1_000_000 * i, publishedAt: Start.AddMinutes(i));
        await TestProjects.ProjectAsync(app, startup, "Draft in cluster", state: ModerationState.Draft);

        var page = await app.NewClient().GetAsync($"/clusters/{key}");
        var section = page.Document.QuerySelector("[data-testid=cluster-projects]")!;
        Assert.Equal(["Cluster project 6", "Cluster project 5", "Cluster project 4", "Cluster project 3", "Cluster project 2"],
            section.QuerySelectorAll("[data-testid=project] a").Select(a => a.TextContent.Trim()));
        Assert.Equal("USD 6,000,000", section.QuerySelector("[data-testid=amount]")!.TextContent.Trim());
        var all = section.QuerySelector("[data-testid=all-cluster-projects]")!;
        Assert.Equal($"/projects?cluster={key}", all.GetAttribute("href"));
        Assert.Equal("All projects in this cluster (6)", all.TextContent.Trim());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DiscoveryTestsOnSqlite(SqliteApp app) : DiscoveryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DiscoveryTestsOnPostgreSql(PostgresApp app) : DiscoveryTests(app);
