using Marketplace.Application.Accounts;
using Marketplace.BrowserTests.Infrastructure;
using Marketplace.BrowserTests.Pages;
using Marketplace.Domain.Common;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.BrowserTests;

/// <summary>
/// The founder's side of the market end to end, in Chinese: a founder registers, lists a startup and a
/// project with a confidential part and submits it; an administrator approves it; the founder is told;
/// an anonymous visitor finds it on /projects by filter and sees the public part only.
/// </summary>
public sealed class FounderJourneyTests(SqliteApp app, BrowserFixture browser) : BrowserTest(app, browser)
{
    private const string Chinese = "zh-CN";

    [Fact]
    public Task A_founders_project_goes_from_registration_through_review_to_an_anonymous_visitors_filtered_search_in_chinese() => InBrowserAsync(async founder =>
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var title = $"A 轮融资：城市物流调度 {marker}";

        // The founder registers in a browser that asks for Chinese.
        var home = new HomePage(founder);
        await home.GotoAsync();
        await Expect(founder.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        var register = await home.GetStartedAsync();
        home = await register.RegisterAsAsync(RoleNames.Founder, "林晓雨", Users.UniqueEmail("journey"), Users.Password);
        await Expect(home.SignedInName).ToHaveTextAsync("林晓雨");

        var dashboard = await home.OpenDashboardAsync();
        await Expect(dashboard.Heading).ToHaveTextAsync("工作台");
        await Expect(dashboard.NoStartups).ToContainTextAsync("您在 Marketplace 上还没有初创企业");

        // A startup in Hangzhou, in smart city and logistics, at Series A.
        var startupForm = await dashboard.CreateFirstStartupAsync();
        await Expect(startupForm.Heading).ToHaveTextAsync("新建初创企业");
        var startup = await startupForm.CreateAsync(new StartupInput(
            $"杭城智运 {marker}", $"Hangcheng Logistics {marker}", "hangzhou", ["smart-city", "logistics"], "series-a",
            FoundedYear: 2022, TeamSize: 35, Website: "https://hangcheng.example.com", DescriptionZh: "为杭州的即时物流平台提供城市级配送调度。"));
        await Expect(startup.Flash).ToHaveTextAsync("您的初创企业已创建。");
        await Expect(startup.Name).ToHaveTextAsync($"杭城智运 {marker}");
        await Expect(startup.Cluster).ToHaveTextAsync("杭州");
        await Expect(startup.Sectors).ToHaveTextAsync(["智慧城市", "智慧物流"]);
        await Expect(startup.Stage).ToHaveTextAsync("A 轮");

        // A project: CNY 71,000,000 (USD 10,000,000 at the reference rate of 7.1), equity, Series A.
        var projectForm = await startup.NewProjectAsync();
        await Expect(projectForm.Heading).ToHaveTextAsync("新建融资项目");
        var project = await projectForm.CreateDraftAsync(new ProjectInput(
            title, $"Series A: city logistics dispatch {marker}", "把调度系统从三个城区扩展到杭州全市。",
            71_000_000, "CNY", "equity", "series-a", UseOfFundsZh: "60% 用于研发，40% 用于城市落地。",
            Traction: [("pilots", 3), ("paying-customers", 12)]));
        await Expect(project.Flash).ToContainTextAsync("草稿已创建");
        await Expect(project.Title).ToHaveTextAsync(title);
        await Expect(project.State).ToHaveTextAsync("草稿");
        await Expect(project.Amount).ToHaveTextAsync("71,000,000 CNY");

        // Part of the confidential section: the valuation and the runway, not revenue, burn or deck.
        var confidential = await project.EditConfidentialAsync();
        await Expect(confidential.Heading).ToHaveTextAsync("保密信息");
        await confidential.SaveAsync(420_000_000, "CNY", 18);
        await Expect(confidential.Flash).ToHaveTextAsync("保密信息已保存。");
        project = await confidential.BackToProjectAsync();
        await Expect(project.Valuation).ToHaveTextAsync("420,000,000 CNY");
        await Expect(project.Runway).ToHaveTextAsync("18 个月");

        await project.SubmitForReviewAsync();
        await Expect(project.Flash).ToContainTextAsync("已提交审核");
        await Expect(project.State).ToHaveTextAsync("待审核");
        await Expect(project.InReview).ToBeVisibleAsync();
        dashboard = await project.OpenDashboardAsync();
        await Expect(dashboard.StatusOf(project.Id)).ToHaveTextAsync("待审核");
        await Expect(dashboard.UnreadNotifications).ToHaveCountAsync(0);

        // An administrator (made as the CLI makes one, reading Chinese) approves it from the queue.
        var adminEmail = Users.UniqueEmail("journey-admin");
        await App.SendAsync(new CreateAdministrator.Command(adminEmail, Users.Password, "审核员王芳", "zh-Hans"));
        var admin = await OpenAnotherBrowserAsync(Chinese);
        var login = new LoginPage(admin);
        await login.GotoAsync();
        var adminHome = await login.LoginAsAsync(adminEmail, Users.Password);
        var queue = await adminHome.OpenModerationAsync();
        await Expect(queue.Heading).ToHaveTextAsync("审核队列");
        await Expect(queue.RowFor(marker)).ToContainTextAsync("融资项目");
        var review = await queue.OpenAsync(marker);
        await Expect(review.Heading).ToHaveTextAsync("审核：融资项目");
        await Expect(review.Proposed("TitleZh")).ToHaveTextAsync(title);
        await Expect(review.Proposed("Stage")).ToHaveTextAsync("A 轮");
        await Expect(review.Proposed("Instrument")).ToHaveTextAsync("股权");
        await Expect(review.Proposed("Traction")).ToContainTextAsync("试点项目数：3");
        queue = await review.ApproveAsync();
        await Expect(queue.Flash).ToHaveTextAsync("处理结果已保存。");
        await Expect(queue.RowFor(marker)).ToHaveCountAsync(0);

        // The founder is told: a badge in the navigation bar, the notification on the dashboard.
        await dashboard.GotoAsync();
        await Expect(dashboard.UnreadNotifications).ToContainTextAsync("1");
        await Expect(dashboard.StatusOf(project.Id)).ToHaveTextAsync("已发布");
        await Expect(dashboard.Notifications.First).ToContainTextAsync($"已通过审核并发布");
        await Expect(dashboard.Notifications.First).ToContainTextAsync(marker);
        await dashboard.OpenNewestNotificationAsync();
        project = new ProjectPage(founder, project.Id);
        await Expect(project.Title).ToHaveTextAsync(title);
        await Expect(project.State).ToHaveTextAsync("已发布");

        // An anonymous visitor narrows /projects down to Hangzhou, logistics and USD 9–11 million.
        var visitor = await OpenAnotherBrowserAsync(Chinese);
        var search = new ProjectSearchPage(visitor);
        await search.GotoAsync();
        await Expect(search.Heading).ToHaveTextAsync("融资项目");
        await search.FilterAsync(new ProjectFilter("hangzhou", "logistics", MaxAmount: 5_000_000, Currency: "USD"));
        await Expect(search.Total).ToBeVisibleAsync();
        await Expect(search.Card(marker)).ToHaveCountAsync(0);

        await search.FilterAsync(new ProjectFilter("hangzhou", "logistics", 9_000_000, 11_000_000, "USD"));
        var card = search.Card(marker);
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card.GetByTestId("cluster")).ToHaveTextAsync("杭州");
        await Expect(card.GetByTestId("amount")).ToHaveTextAsync("71,000,000 CNY");
        await Expect(card.GetByTestId("converted")).ToHaveTextAsync("(约 10,000,000 USD)");
        await Expect(card.GetByTestId("stage")).ToHaveTextAsync("A 轮");
        await Expect(card.GetByTestId("instrument")).ToHaveTextAsync("股权");
        await Expect(search.Cards.GetByTestId("cluster")).ToHaveTextAsync(
            Enumerable.Repeat("杭州", await search.Cards.CountAsync()).ToArray());

        var seen = await search.OpenAsync(marker);
        await Expect(seen.Title).ToHaveTextAsync(title);
        await Expect(seen.Startup).ToHaveTextAsync($"杭城智运 {marker}");
        await Expect(seen.Amount).ToHaveTextAsync("71,000,000 CNY");
        await Expect(seen.Instrument).ToHaveTextAsync("股权");
        await Expect(seen.Stage).ToHaveTextAsync("A 轮");
        await Expect(seen.TractionRow("pilots")).ToContainTextAsync("试点项目数");
        await Expect(seen.ConfidentialHidden).ToContainTextAsync("仅向获创始人授权的基金显示");
        await Expect(seen.Confidential).ToHaveCountAsync(0);
        await Expect(seen.State).ToHaveCountAsync(0);
        await Expect(seen.OwnerControls).ToHaveCountAsync(0);
        await Expect(visitor.Locator("main")).Not.ToContainTextAsync("420,000,000");
        await Expect(visitor.Locator("main")).Not.ToContainTextAsync("18 个月");
    }, Chinese);
}
