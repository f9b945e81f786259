using Marketplace.BrowserTests.Infrastructure;
using Marketplace.BrowserTests.Pages;
using Marketplace.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.BrowserTests;

public sealed class ClustersTests(SqliteApp app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public Task The_language_switcher_shows_the_clusters_in_chinese_and_back_in_english() => InBrowserAsync(async page =>
    {
        var clusters = new ClustersPage(page);
        await clusters.GotoAsync();
        await Expect(clusters.Heading).ToHaveTextAsync("AI industry clusters");

        await clusters.SwitchToChineseAsync();
        await Expect(clusters.Heading).ToHaveTextAsync("人工智能产业集群");
        await Expect(clusters.NameOf("beijing")).ToHaveTextAsync("北京");
        await Expect(clusters.ModeOf("beijing")).ToHaveTextAsync("技术突破驱动型");
        await Expect(page).ToHaveTitleAsync("人工智能产业集群 · Marketplace 智汇市场");

        // The choice is a cookie: the next page is Chinese too.
        await new HomePage(page).GotoAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");

        await clusters.GotoAsync();
        await clusters.SwitchToEnglishAsync();
        await Expect(clusters.Heading).ToHaveTextAsync("AI industry clusters");
        await Expect(clusters.NameOf("beijing")).ToHaveTextAsync("Beijing");
        await Expect(clusters.ModeOf("beijing")).ToHaveTextAsync("Technology-breakthrough-driven");
    });

    [Fact]
    public Task A_cluster_opens_from_the_list() => InBrowserAsync(async page =>
    {
        var home = new HomePage(page);
        await home.GotoAsync();
        var clusters = await home.OpenClustersAsync();

        var montreal = await clusters.OpenAsync("montreal");

        await Expect(montreal.Heading).ToHaveTextAsync("Montreal");
        await Expect(montreal.Mode).ToHaveTextAsync("Institution-supply-driven");
        await Expect(montreal.Description).ToContainTextAsync("Mila");
        await Expect(montreal.Counts).ToBeVisibleAsync();
    });
}
