using Marketplace.Application.Startups;
using Marketplace.BrowserTests.Infrastructure;
using Marketplace.BrowserTests.Pages;
using Marketplace.Domain.Common;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.BrowserTests;

/// <summary>
/// The capital side end to end, in both languages: a fund manager (English) creates a Beijing guidance
/// fund and defines its reinvestment rule; a founder (Chinese) applies; the fund accepts, moves the deal to
/// due diligence with a note and a rating, and the founder sees the stage (not the team's note); the fund
/// passes with a reason, and the founder sees it on /applications and as a notification, in Chinese and
/// after switching to English, while the fund's side reads it in Chinese after switching too.
/// </summary>
public sealed class FundDealFlowTests(SqliteApp app, BrowserFixture browser) : BrowserTest(app, browser)
{
    private const string Chinese = "zh-CN";

    [Fact]
    public Task A_guidance_fund_screens_an_application_to_due_diligence_and_passes_with_a_reason_the_founder_reads_in_both_languages() => InBrowserAsync(async manager =>
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var fundName = $"Zhongguancun Guidance Fund {marker}";
        var titleZh = $"医学影像 A 轮 {marker}";
        var titleEn = $"Medical imaging Series A {marker}";
        const string teamNote = "Strong radiology team; check the hospital contracts.";
        const string passNote = "Come back when three county hospitals pay.";

        // The fund manager registers, creates a guidance fund in Beijing and sets its region rule.
        var home = new HomePage(manager);
        await home.GotoAsync();
        var register = await home.GetStartedAsync();
        await register.RegisterAsAsync(RoleNames.FundManager, "Zhang Wei", Users.UniqueEmail("fund-journey"), Users.Password);
        var fundForm = new FundFormPage(manager);
        await fundForm.GotoAsync();
        await Expect(fundForm.Heading).ToHaveTextAsync("New fund");
        var fund = await fundForm.CreateAsync(new FundInput(fundName, $"中关村引导基金 {marker}", "guidance", "beijing",
            "A municipal guidance fund for AI companies that build in Beijing."));
        await Expect(fund.Flash).ToContainTextAsync("The fund was created.");
        await Expect(fund.Name).ToHaveTextAsync(fundName);
        await Expect(fund.Type).ToHaveTextAsync("Government guidance fund");

        var mandate = await fund.EditMandateAsync();
        await Expect(mandate.GuidanceRule).ToBeVisibleAsync();
        await mandate.SaveAsync(new GuidanceRuleInput("reinvestment", ["beijing"], 1.5m, AcceptsRelocation: true), weeklyCapacity: 10);
        await Expect(mandate.Flash).ToHaveTextAsync("The mandate is saved.");

        // The founder, reading Chinese, has a published project of a Beijing startup (written directly: not what this test is about).
        var founder = await OpenAnotherBrowserAsync(Chinese);
        var founderHome = new HomePage(founder);
        await founderHome.GotoAsync();
        var founderRegister = await founderHome.GetStartedAsync();
        var founderEmail = Users.UniqueEmail("fund-journey-founder");
        await founderRegister.RegisterAsAsync(RoleNames.Founder, "林晓雨", founderEmail, Users.Password);
        var founderId = await App.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == founderEmail).Id));
        var startupId = await App.SendAsync(
            new CreateStartup.Command($"Beijing Imaging {marker}", $"京影智能 {marker}", null, null, "beijing", ["healthcare"], "series-a", "2022", "30", null, []),
            MarketplaceApp.Principal(founderId, RoleNames.Founder));
        var projectId = await TestProjects.ProjectAsync(App, startupId, titleEn, 20_000_000, "CNY", "series-a", titleZh: titleZh);

        // The founder applies with a message; the project fits the mandate.
        var apply = new ApplyPage(founder, fund.Id, projectId);
        await apply.GotoAsync();
        await Expect(apply.FitVerdict).ToHaveAttributeAsync("data-fits", "true");
        var applications = await apply.SendAsync("我们在北京注册，正在与三家区县医院试点。");
        await Expect(applications.Flash).ToHaveTextAsync("您的申请已发送给基金。");
        await Expect(applications.Application(marker).GetByTestId("status")).ToHaveTextAsync("待处理");

        // The fund receives it in its inbox and accepts it: a conversation opens, the deal enters the pipeline.
        await fund.GotoAsync();
        var inbox = await fund.OpenInboxAsync();
        await Expect(inbox.Application(marker).GetByTestId("status")).ToHaveTextAsync("Pending");
        await Expect(inbox.Application(marker).GetByTestId("message")).ToContainTextAsync("三家区县医院");
        await inbox.AcceptAsync(marker);
        await Expect(inbox.Flash).ToContainTextAsync("The application was accepted");

        await fund.GotoAsync();
        var pipeline = await fund.OpenPipelineAsync();
        await Expect(pipeline.Card("Sourced", marker)).ToHaveCountAsync(1);
        var deal = await pipeline.OpenAsync("Sourced", marker);
        await Expect(deal.Stage).ToHaveTextAsync("Sourced");

        // Due diligence, a note for the team and a rating.
        await deal.MoveToAsync("DueDiligence");
        await Expect(deal.Flash).ToHaveTextAsync("The deal was moved.");
        await Expect(deal.Stage).ToHaveTextAsync("Due diligence");
        await deal.AddNoteAsync(teamNote);
        await Expect(deal.Flash).ToHaveTextAsync("The note was added.");
        await Expect(deal.Notes).ToHaveTextAsync([teamNote]);
        await deal.RateAsync(team: 5, market: 4, technology: 4, traction: 2, fit: 5);
        await Expect(deal.Flash).ToHaveTextAsync("Your rating was saved.");
        await Expect(deal.OverallRating).ToHaveTextAsync("4.0");
        await Expect(deal.History.Filter(new LocatorFilterOptions { HasText = "Moved from Sourced to Due diligence" })).ToHaveCountAsync(1);

        // The founder sees the stage in Chinese, and not the team's note.
        await applications.GotoAsync();
        var application = applications.Application(marker);
        await Expect(application.GetByTestId("status")).ToHaveTextAsync("已接受");
        await Expect(application.GetByTestId("deal-stage")).ToHaveTextAsync("在基金流程中的阶段： 尽职调查");
        await Expect(application.GetByTestId("pass-reason")).ToHaveCountAsync(0);
        await Expect(founder.Locator("main")).Not.ToContainTextAsync("radiology");

        // The fund passes for traction, with a note for the founder.
        await deal.PassAsync("traction", passNote);
        await Expect(deal.Flash).ToHaveTextAsync("The deal was moved.");
        await Expect(deal.Stage).ToHaveTextAsync("Passed");
        await Expect(deal.PassReason).ToHaveTextAsync("Traction");
        await Expect(deal.PassNote).ToHaveTextAsync(passNote);

        // The founder reads the reason on /applications and in a notification, in Chinese.
        await applications.GotoAsync();
        await Expect(application.GetByTestId("deal-stage")).ToHaveTextAsync("在基金流程中的阶段： 已放弃");
        await Expect(application.GetByTestId("pass-reason")).ToHaveTextAsync($"基金已放弃。原因： 业务进展 — {passNote}");
        var dashboard = new DashboardPage(founder);
        await dashboard.GotoAsync();
        await Expect(dashboard.Notifications.First).ToContainTextAsync("决定不投资您的项目");
        await Expect(dashboard.Notifications.First).ToContainTextAsync("原因：业务进展");
        await Expect(dashboard.Notifications.First).ToContainTextAsync(passNote);

        // And in English after switching; the fund's side reads it in Chinese after switching too.
        await applications.GotoAsync();
        await applications.SwitchToEnglishAsync();
        await Expect(application.GetByTestId("status")).ToHaveTextAsync("Accepted");
        await Expect(application.GetByTestId("deal-stage")).ToHaveTextAsync("In the fund's pipeline: Passed");
        await Expect(application.GetByTestId("pass-reason")).ToHaveTextAsync($"The fund passed. Reason: Traction — {passNote}");

        await deal.SwitchToChineseAsync();
        await Expect(deal.Stage).ToHaveTextAsync("已放弃");
        await Expect(deal.PassReason).ToHaveTextAsync("业务进展");
        await Expect(deal.History.Filter(new LocatorFilterOptions { HasText = "从“已获取”移至“尽职调查”" })).ToHaveCountAsync(1);
    });
}
