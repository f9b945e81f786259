using Marketplace.Application.Funds.Pipeline;
using Marketplace.BrowserTests.Infrastructure;
using Marketplace.BrowserTests.Pages;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Marketplace.Domain.Startups;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.BrowserTests;

/// <summary>
/// The pipeline board in a browser: a card dragged to another column moves the deal (the same POST as
/// the card's Move form) and stays there after a reload; a column the deal may not be dropped on (Passed
/// needs a reason) does not take it; the board and the deal page log no content security policy violation.
/// </summary>
public sealed class PipelineBoardTests(SqliteApp app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public Task A_card_dragged_to_another_column_moves_the_deal_and_stays_there_after_reload() => InBrowserAsync(async page =>
    {
        var violations = WatchForPolicyViolations(page);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var email = Users.UniqueEmail("board");
        var home = new HomePage(page);
        await home.GotoAsync();
        var register = await home.GetStartedAsync();
        await register.RegisterAsAsync(RoleNames.FundManager, "Board Manager", email, Users.Password);
        var managerId = await App.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).Id));
        var (fundId, projectId) = await FundAndProjectAsync(managerId, $"Imaging {marker}");
        var dealId = (await App.SendAsync(new AddToPipeline.Command(projectId, fundId), MarketplaceApp.Principal(managerId, RoleNames.FundManager))).DealId;

        var board = new PipelinePage(page, fundId);
        await board.GotoAsync();
        await Expect(board.Card("Sourced", marker)).ToHaveCountAsync(1);

        // Passed needs a reason: the column does not take the card and nothing is posted.
        await board.DropAsync("Sourced", marker, "Passed");
        await Expect(board.Card("Sourced", marker)).ToHaveCountAsync(1);
        await Expect(board.Card("Passed", marker)).ToHaveCountAsync(0);
        Assert.Equal(DealStage.Sourced, await StageAsync(dealId));

        await board.DragAsync("Sourced", marker, "Meeting");
        await Expect(board.Flash).ToHaveTextAsync("The deal was moved.");
        Assert.Equal(DealStage.Meeting, await StageAsync(dealId));

        await page.ReloadAsync();
        await Expect(board.Card("Meeting", marker)).ToHaveCountAsync(1);
        await Expect(board.Card("Sourced", marker)).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=column][data-stage=Meeting] [data-testid=count]")).ToHaveTextAsync("1");

        // The keyboard path still works next to drag and drop, and the deal page records both moves.
        var deal = await board.OpenAsync("Meeting", marker);
        await Expect(deal.History.Filter(new LocatorFilterOptions { HasText = "Moved from Sourced to Meeting" })).ToHaveCountAsync(1);
        await deal.MoveToAsync("TermSheet");
        await Expect(deal.Stage).ToHaveTextAsync("Term sheet");

        // Phone width: columns keep their width and the board scrolls sideways.
        await page.SetViewportSizeAsync(390, 844);
        await board.GotoAsync();
        var widths = await page.Locator("[data-testid=column]").EvaluateAllAsync<double[]>("cs => cs.map(c => c.getBoundingClientRect().width)");
        Assert.True(widths.Max() - widths.Min() < 1, $"uneven columns: {string.Join(", ", widths)}");
        Assert.True(await page.GetByTestId("board").EvaluateAsync<bool>("b => b.scrollWidth > b.clientWidth"));

        Assert.Empty(violations);
    });

    [Fact]
    public Task The_researcher_dashboard_shows_its_completeness_bar_without_policy_violations() => InBrowserAsync(async page =>
    {
        var violations = WatchForPolicyViolations(page);
        var home = new HomePage(page);
        await home.GotoAsync();
        var register = await home.GetStartedAsync();
        var email = Users.UniqueEmail("bar");
        await register.RegisterAsAsync(RoleNames.Researcher, "Bar Researcher", email, Users.Password);
        var researcherId = await App.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).Id));
        await App.SendAsync(TestResearchers.Command("NLP researcher", "public"), MarketplaceApp.Principal(researcherId, RoleNames.Researcher));

        await page.GotoAsync("/dashboard");
        var bar = page.GetByTestId("completeness-bar");
        var percent = await page.GetByTestId("completeness").GetAttributeAsync("data-percent");
        await Expect(bar).ToHaveJSPropertyAsync("value", double.Parse(percent!, System.Globalization.CultureInfo.InvariantCulture));
        var filled = await bar.EvaluateAsync<double>("b => b.position");
        Assert.True(filled > 0.5, $"the bar is {filled:P0} full");
        Assert.Empty(violations);
    });

    /// <summary>Console errors that say the content security policy refused something.</summary>
    private static List<string> WatchForPolicyViolations(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                violations.Add($"{page.Url}: {message.Text}");
        };
        return violations;
    }

    private Task<DealStage> StageAsync(Guid dealId) =>
        App.QueryAsync(db => db.Deals.AsNoTracking().Where(d => d.Id == dealId).Select(d => d.Stage).SingleAsync());

    private Task<(Guid FundId, Guid ProjectId)> FundAndProjectAsync(Guid managerId, string title) =>
        App.QueryAsync(async db =>
        {
            var fund = new Fund(new LocalizedText($"Board Fund {Guid.NewGuid():N}"[..22], "看板基金"), "venture-capital");
            db.Funds.Add(fund);
            db.FundMembers.Add(new FundMember { FundId = fund.Id, UserId = managerId, Role = FundRoles.Partner, JoinedAt = DateTime.UtcNow });
            var clusterId = await db.Clusters.Where(c => c.Key == "hangzhou").Select(c => c.Id).SingleAsync();
            var startup = new Startup(new LocalizedText($"Board Startup {title}", "看板初创"), clusterId, "series-a") { Sectors = ["healthcare"] };
            db.Startups.Add(startup);
            var project = new Project(startup.Id, new LocalizedText(title, "看板项目"), 5_000_000, "CNY", "equity", "series-a")
            {
                Summary = new LocalizedText("Models for clinics.", null),
                State = ModerationState.Published,
                PublishedAt = DateTime.UtcNow,
            };
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return (fund.Id, project.Id);
        });
}
