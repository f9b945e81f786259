using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.IntegrationTests.Infrastructure;

namespace Marketplace.IntegrationTests;

/// <summary>
/// /funds: every filter (the ticket compared across currencies through the reference rates), sorting,
/// paging, text search in both languages, the empty state, refused filters and the cluster page's
/// funds. Each test reads only its own rows (its own cluster or a marker in the names).
/// </summary>
public abstract class FundDiscoveryTests(MarketplaceApp app)
{
    private static readonly DateTime Start = DateTime.UtcNow.AddDays(-30);

    private static IReadOnlyList<string> Names(Page page) => page.Texts("[data-testid=fund-name]");

    private static int Total(Page page) => int.Parse(page.Document.QuerySelector("[data-testid=total]")!.GetAttribute("data-total")!);

    private async Task<Guid> FundAsync(
        string nameEn, Guid? clusterId, string type = "venture-capital", string[]? sectors = null, string[]? stages = null,
        (long? Min, long? Max, string Currency)? ticket = null, bool verified = false, bool open = true, string? nameZh = null,
        DateTime? createdAt = null, string? guidanceRule = null, decimal? ratio = null, string? descriptionEn = null)
    {
        var fund = new Fund(new LocalizedText(nameEn, nameZh), type) { CreatedAt = createdAt ?? DateTime.UtcNow };
        fund.Describe(fund.Name, new LocalizedText(descriptionEn, null), type, clusterId, null, null);
        fund.SetVerified(verified);
        fund.DefineMandate(TestFunds.Mandate(sectors, stages, ticket, openToNewDeals: open,
            rule: RegionRule.Of(guidanceRule, ["beijing"], ratio, acceptsRelocation: false)));
        await app.QueryAsync(async db =>
        {
            db.Funds.Add(fund);
            return await db.SaveChangesAsync();
        });
        return fund.Id;
    }

    [Fact]
    public async Task A_fund_card_shows_its_profile_and_mandate_with_localized_codes_in_both_languages()
    {
        var (key, clusterId) = await TestClusters.CreateAsync(app, "Card cluster");
        var id = await FundAsync("Card Guidance Fund", clusterId, "guidance", ["healthcare", "ai-chips"], ["seed", "series-a"],
            (5_000_000, 30_000_000, "CNY"), verified: true, nameZh: "卡片引导基金", guidanceRule: "reinvestment", ratio: 1.5m,
            descriptionEn: "Public money for AI in the region.");
        await FundAsync("Card Open Angel", clusterId, "angel", open: false);

        var page = await app.NewClient().GetAsync($"/funds?cluster={key}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Card Guidance Fund", "Card Open Angel"], Names(page));
        var card = page.Document.QuerySelector($"[data-fund='{id}']")!;
        Assert.Equal($"/funds/{id}", card.QuerySelector("[data-testid=fund-name]")!.GetAttribute("href"));
        Assert.Equal("Verified", card.QuerySelector("[data-testid=verified]")!.TextContent.Trim());
        Assert.Equal("Government guidance fund", card.QuerySelector("[data-testid=type]")!.TextContent.Trim());
        Assert.Equal("Card cluster", card.QuerySelector("[data-testid=cluster]")!.TextContent.Trim());
        Assert.Equal($"/clusters/{key}", card.QuerySelector("[data-testid=cluster]")!.GetAttribute("href"));
        Assert.Equal("Open to new deals", card.QuerySelector("[data-testid=open]")!.TextContent.Trim());
        Assert.Equal("CNY 5,000,000 – CNY 30,000,000", card.QuerySelector("[data-testid=ticket]")!.TextContent.Trim());
        Assert.Equal(["Seed", "Series A"], card.QuerySelectorAll("[data-testid=stage]").Select(e => e.TextContent.Trim()));
        // The mandate's sectors are a set, kept in code order whatever order they came in.
        Assert.Equal(["AI chips", "Healthcare"], card.QuerySelectorAll("[data-testid=sector]").Select(e => e.TextContent.Trim()));
        Assert.Equal("Reinvestment 1.5× in its region", card.QuerySelector("[data-testid=guidance-rule]")!.TextContent.Trim());
        Assert.Equal("Public money for AI in the region.", card.QuerySelector("[data-testid=excerpt]")!.TextContent.Trim());
        var angel = page.Document.QuerySelectorAll("[data-testid=fund]")[1];
        Assert.Null(angel.QuerySelector("[data-testid=verified]"));
        Assert.Equal("Not taking new deals", angel.QuerySelector("[data-testid=open]")!.TextContent.Trim());
        Assert.Equal("Any amount", angel.QuerySelector("[data-testid=ticket]")!.TextContent.Trim());
        Assert.Equal(["Any stage"], angel.QuerySelectorAll("[data-testid=stage]").Select(e => e.TextContent.Trim()));
        Assert.Equal(["Any sector"], angel.QuerySelectorAll("[data-testid=sector]").Select(e => e.TextContent.Trim()));

        var chinese = await app.NewClient().GetAsync($"/funds?cluster={key}&culture=zh-Hans");
        var zhCard = chinese.Document.QuerySelector($"[data-fund='{id}']")!;
        Assert.Equal("卡片引导基金", zhCard.QuerySelector("[data-testid=fund-name]")!.TextContent.Trim());
        Assert.Equal("已认证", zhCard.QuerySelector("[data-testid=verified]")!.TextContent.Trim());
        Assert.Equal("政府引导基金", zhCard.QuerySelector("[data-testid=type]")!.TextContent.Trim());
        Assert.Equal("5,000,000 CNY – 30,000,000 CNY", zhCard.QuerySelector("[data-testid=ticket]")!.TextContent.Trim());
        Assert.Equal("本地域返投 1.5 倍", zhCard.QuerySelector("[data-testid=guidance-rule]")!.TextContent.Trim());
        Assert.Equal("基金", chinese.Text("h1"));
    }

    [Fact]
    public async Task Each_filter_keeps_only_the_matching_funds_and_open_mandates_join_when_asked()
    {
        var (key, clusterId) = await TestClusters.CreateAsync(app);
        await FundAsync("Health VC", clusterId, "venture-capital", ["healthcare", "fintech"], ["seed", "series-a"], verified: true);
        await FundAsync("Robot guidance", clusterId, "guidance", ["robotics"], ["series-b"], open: false, guidanceRule: "registered-in-region");
        await FundAsync("Generalist angel", clusterId, "angel");
        var (otherKey, otherId) = await TestClusters.CreateAsync(app);
        await FundAsync("Elsewhere VC", otherId, "venture-capital", ["healthcare"], ["seed"], verified: true);
        var client = app.NewClient();

        async Task<IReadOnlyList<string>> NamesFor(string filters, string cluster) =>
            Names(await client.GetAsync($"/funds?cluster={cluster}&{filters}")).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["Generalist angel", "Health VC", "Robot guidance"], await NamesFor("", key));
        Assert.Equal(["Elsewhere VC"], await NamesFor("", otherKey));
        Assert.Equal(["Health VC"], await NamesFor("type=venture-capital", key));
        Assert.Equal(["Robot guidance"], await NamesFor("type=guidance", key));
        Assert.Equal(["Health VC"], await NamesFor("sector=fintech", key));
        Assert.Equal(["Generalist angel", "Health VC"], await NamesFor("sector=fintech&unrestricted=true", key));
        Assert.Equal(["Robot guidance"], await NamesFor("stage=series-b", key));
        Assert.Equal(["Generalist angel", "Robot guidance"], await NamesFor("stage=series-b&unrestricted=true", key));
        Assert.Empty(await NamesFor("stage=pre-ipo", key));
        Assert.Equal(["Generalist angel"], await NamesFor("stage=pre-ipo&unrestricted=true", key));
        Assert.Equal(["Health VC"], await NamesFor("verified=true", key));
        Assert.Equal(["Generalist angel", "Health VC"], await NamesFor("open=true", key));
        Assert.Equal(["Generalist angel", "Health VC", "Robot guidance"], await NamesFor("open=false&verified=false", key));
        Assert.Equal(["Health VC"], await NamesFor("sector=healthcare&stage=seed&verified=true&open=true&type=venture-capital", key));

        // The checkboxes come back ticked.
        var page = await client.GetAsync($"/funds?cluster={key}&verified=true&unrestricted=true");
        Assert.True(page.Document.QuerySelector<IHtmlInputElement>("input#Verified")!.IsChecked);
        Assert.True(page.Document.QuerySelector<IHtmlInputElement>("input#Unrestricted")!.IsChecked);
        Assert.False(page.Document.QuerySelector<IHtmlInputElement>("input#Open")!.IsChecked);
    }

    [Fact]
    public async Task A_ticket_in_dollars_finds_a_fund_whose_yuan_range_holds_it_at_the_reference_rate_and_funds_without_a_range()
    {
        // 5,000,000 CNY at 7.1 CNY per USD is 704,225.35 USD; 30,000,000 CNY is 4,225,352.11 USD.
        var (key, clusterId) = await TestClusters.CreateAsync(app);
        await FundAsync("Yuan fund", clusterId, ticket: (5_000_000, 30_000_000, "CNY"));
        await FundAsync("Dollar fund", clusterId, ticket: (1_000_000, 5_000_000, "USD"));
        await FundAsync("Dollar fund from 10M", clusterId, ticket: (10_000_000, null, "USD"));
        await FundAsync("Any ticket fund", clusterId);
        await FundAsync("Test-currency fund", clusterId, ticket: (1, 999_999_999_999, "XTS"));
        var client = app.NewClient();

        async Task<IReadOnlyList<string>> NamesFor(string ticket) =>
            Names(await client.GetAsync($"/funds?cluster={key}&{ticket}")).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["Any ticket fund", "Dollar fund", "Dollar fund from 10M", "Test-currency fund", "Yuan fund"], await NamesFor(""));
        Assert.Equal(["Any ticket fund", "Yuan fund"], await NamesFor("ticket=704226&currency=USD"));
        Assert.Equal(["Any ticket fund"], await NamesFor("ticket=704225"));
        Assert.Equal(["Any ticket fund", "Dollar fund", "Yuan fund"], await NamesFor("ticket=4,225,352"));
        Assert.Equal(["Any ticket fund", "Dollar fund"], await NamesFor("ticket=4225353"));
        Assert.Equal(["Any ticket fund", "Dollar fund from 10M"], await NamesFor("ticket=50000000"));
        // The other way round: yuan against a dollar range (1,000,000 USD = 7,100,000 CNY).
        Assert.Equal(["Any ticket fund", "Dollar fund", "Yuan fund"], await NamesFor("ticket=7100000&currency=CNY"));
        Assert.Equal(["Any ticket fund", "Yuan fund"], await NamesFor("ticket=7099999&currency=CNY"));
        Assert.Equal(["Any ticket fund", "Dollar fund"], await NamesFor("ticket=30000001&currency=CNY"));

        var page = await client.GetAsync($"/funds?cluster={key}&ticket=2000000&currency=USD");
        Assert.Equal("(about USD 704,225 – USD 4,225,352)", page.Document.QuerySelectorAll("[data-testid=fund]")
            .Single(c => c.QuerySelector("[data-testid=fund-name]")!.TextContent.Trim() == "Yuan fund")
            .QuerySelector("[data-testid=converted]")!.TextContent.Trim());
        Assert.Equal("1 fund with a ticket in a currency without a reference rate (XTS) is left out of the ticket filter.", page.Text("[data-testid=unrated]"));
        Assert.Null((await client.GetAsync($"/funds?cluster={key}")).Text("[data-testid=unrated]"));
    }

    [Fact]
    public async Task The_text_query_finds_English_and_Chinese_names_and_the_list_sorts_by_name_or_newest()
    {
        var marker = TestProjects.Marker();
        await FundAsync($"Bravo {marker} Capital", null, nameZh: $"北极星 {marker} 资本", createdAt: Start.AddMinutes(1));
        await FundAsync($"Alpha {marker} Partners", null, nameZh: $"西湖 {marker} 投资", createdAt: Start.AddMinutes(2));
        await FundAsync($"Charlie {marker} Angels", null, createdAt: Start.AddMinutes(3));
        var client = app.NewClient();

        Assert.Equal([$"Alpha {marker} Partners", $"Bravo {marker} Capital", $"Charlie {marker} Angels"], Names(await client.GetAsync($"/funds?q={marker}")));
        Assert.Equal([$"Charlie {marker} Angels", $"Alpha {marker} Partners", $"Bravo {marker} Capital"],
            Names(await client.GetAsync($"/funds?q={marker}&sort=newest")));
        Assert.Equal([$"Alpha {marker} Partners"], Names(await client.GetAsync($"/funds?q=ALPHA%20{marker}")));
        Assert.Equal([$"Alpha {marker} Partners"], Names(await client.GetAsync($"/funds?q={Uri.EscapeDataString("西湖 " + marker)}")));
        var chinese = await client.GetAsync($"/funds?q={Uri.EscapeDataString("北极星 " + marker)}&culture=zh-Hans");
        Assert.Equal([$"北极星 {marker} 资本"], Names(chinese));
        Assert.Equal("北极星 " + marker, chinese.Document.QuerySelector<IHtmlInputElement>("input#Q")!.Value);
        Assert.Equal("newest", (await client.GetAsync($"/funds?q={marker}&sort=newest")).Document.QuerySelector<IHtmlSelectElement>("select#Sort")!.Value);
    }

    [Fact]
    public async Task Pages_hold_twenty_funds_and_the_pager_keeps_the_filters()
    {
        var (key, clusterId) = await TestClusters.CreateAsync(app);
        for (var i = 1; i <= 23; i++)
            await FundAsync($"Fund {i:00}", clusterId, "industry", ["logistics"]);
        var client = app.NewClient();

        var first = await client.GetAsync($"/funds?cluster={key}&sector=logistics");
        Assert.Equal(23, Total(first));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"Fund {i:00}"), Names(first));
        var next = first.Document.QuerySelector("[data-testid=pager] a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains($"cluster={key}", next);
        Assert.Contains("sector=logistics", next);
        Assert.Contains("page=2", next);

        var second = await client.GetAsync(next);
        Assert.Equal(["Fund 21", "Fund 22", "Fund 23"], Names(second));
        Assert.Equal("2", second.Document.QuerySelector("[data-testid=pager]")!.GetAttribute("data-page"));
        var beyond = await client.GetAsync($"/funds?cluster={key}&page=9");
        Assert.Empty(Names(beyond));
        Assert.Equal(23, Total(beyond));
    }

    [Fact]
    public async Task When_nothing_matches_the_page_says_how_to_widen_the_search()
    {
        var (key, clusterId) = await TestClusters.CreateAsync(app);
        await FundAsync("Narrow fund", clusterId, sectors: ["energy"]);

        var page = await app.NewClient().GetAsync($"/funds?cluster={key}&sector=retail");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(Names(page));
        Assert.Equal(0, Total(page));
        var empty = page.Document.QuerySelector("[data-testid=empty]")!;
        Assert.Equal("No fund matches these filters: include funds open to any sector or stage, or clear filters.", empty.QuerySelector("p")!.TextContent.Trim());
        Assert.Equal("/funds", empty.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("retail", page.Document.QuerySelector<IHtmlSelectElement>("select#Sector")!.Value);
    }

    [Fact]
    public async Task Bad_filters_are_answered_with_400_and_a_message_at_each_field_in_the_readers_language()
    {
        var page = await app.NewClient().GetAsync(
            "/funds?type=hedge&cluster=no-such-cluster&sector=quantum&stage=series-z&unrestricted=maybe&ticket=lots&currency=XYZ&verified=yes&open=1&sort=random&page=0");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        foreach (var field in new[] { "Type", "Cluster", "Sector", "Stage", "Unrestricted", "Verified", "Open", "Sort" })
            Assert.Equal("Choose one of the values offered.", page.FieldError(field));
        Assert.Equal("Enter a whole amount of zero or more, such as 5000000.", page.FieldError("Ticket"));
        Assert.Equal("Choose a currency from the list (the administrators' reference rates).", page.FieldError("Currency"));
        Assert.Equal("Pages are numbered from 1.", page.FieldError("Page"));
        Assert.Null(page.FieldError("Q"));
        Assert.NotNull(page.Text("[data-testid=refused]"));
        Assert.Empty(Names(page));
        Assert.Equal("lots", page.Document.QuerySelector<IHtmlInputElement>("input#Ticket")!.Value);

        var tooLong = await app.NewClient().GetAsync("/funds?q=" + new string('a', 101));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.NotNull(tooLong.FieldError("Q"));

        var chinese = await app.NewClient().GetAsync("/funds?ticket=-1&type=sovereign&culture=zh-Hans");
        Assert.Equal(HttpStatusCode.BadRequest, chinese.Status);
        Assert.Equal("请输入不小于零的整数金额，例如 5000000。", chinese.FieldError("Ticket"));
        Assert.Equal("请从提供的选项中选择。", chinese.FieldError("Type"));
        Assert.Equal("部分筛选条件无法使用，请修改标红的字段。", chinese.Text("[data-testid=refused]"));
    }

    [Fact]
    public async Task A_cluster_page_lists_the_funds_based_there_and_links_to_all_of_them()
    {
        var (key, clusterId) = await TestClusters.CreateAsync(app);
        var emptyPage = await app.NewClient().GetAsync($"/clusters/{key}");
        Assert.NotNull(emptyPage.Text("[data-testid=cluster-funds-empty]"));
        Assert.Equal($"/funds?cluster={key}", emptyPage.Document.QuerySelector("[data-testid=all-cluster-funds]")!.GetAttribute("href"));

        for (var i = 1; i <= 6; i++)
            await FundAsync($"Cluster fund {i}", clusterId, "industry", ticket: (1_000_000 * i, null, "USD"), verified: i == 1);
        var (_, otherId) = await TestClusters.CreateAsync(app);
        await FundAsync("Fund of another cluster", otherId);

        var page = await app.NewClient().GetAsync($"/clusters/{key}");
        var section = page.Document.QuerySelector("[data-testid=cluster-funds]")!;
        Assert.Equal(["Cluster fund 1", "Cluster fund 2", "Cluster fund 3", "Cluster fund 4", "Cluster fund 5"],
            section.QuerySelectorAll("[data-testid=fund] a").Select(a => a.TextContent.Trim()));
        Assert.Equal("from USD 1,000,000", section.QuerySelector("[data-testid=ticket]")!.TextContent.Trim());
        Assert.Equal("Verified", section.QuerySelector("[data-testid=verified]")!.TextContent.Trim());
        Assert.Equal("Industry fund", section.QuerySelector("[data-testid=type]")!.TextContent.Trim());
        var all = section.QuerySelector("[data-testid=all-cluster-funds]")!;
        Assert.Equal($"/funds?cluster={key}", all.GetAttribute("href"));
        Assert.Equal("All funds in this cluster (6)", all.TextContent.Trim());
        Assert.DoesNotContain("Fund of another cluster", page.Html);
    }

    [Fact]
    public async Task The_navigation_links_to_the_funds()
    {
        var page = await app.NewClient().GetAsync("/");
        Assert.Equal("/funds", page.Document.QuerySelector("[data-testid=nav-funds]")!.GetAttribute("href"));
        Assert.Equal("Funds", page.Text("[data-testid=nav-funds]"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FundDiscoveryTestsOnSqlite(SqliteApp app) : FundDiscoveryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FundDiscoveryTestsOnPostgreSql(PostgresApp app) : FundDiscoveryTests(app);
