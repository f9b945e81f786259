using Marketplace.Application.Import;
using Marketplace.Application.Matching;
using Marketplace.BrowserTests.Infrastructure;
using Marketplace.BrowserTests.Pages;
using Marketplace.Domain.Matching;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.BrowserTests;

/// <summary>
/// Recommendations in the browser (issue 6): a fund manager finds a recommended project on the dashboard,
/// opens its list and the "why" panel (factors adding up to the score, the mandate rules met) and adds it
/// to the pipeline; a researcher dismisses a recommended position with a reason, and after the next
/// recompute and a reload it is still gone.
/// </summary>
public sealed class RecommendationTests(SqliteApp app, BrowserFixture browser) : BrowserTest(app, browser)
{
    private const string Password = "a passphrase for the recommendation journey";

    [Fact]
    public Task A_fund_manager_adds_a_recommended_project_to_the_pipeline_and_a_researcher_dismisses_a_position_for_good() => InBrowserAsync(async manager =>
    {
        var k = ImportFiles.Unique();
        var cluster = $"rec-{k}";
        var managerEmail = Users.UniqueEmail("rec-journey-manager");
        var researcherEmail = Users.UniqueEmail("rec-journey-researcher");
        var result = await App.ImportAsync(ImportFiles.File(
            clusters: [ImportFiles.Cluster(cluster, nameEn: $"Test valley {k}")],
            users:
            [
                ImportFiles.User($"m-{k}", managerEmail, "fund-manager", displayName: "Chen Jing"),
                ImportFiles.User($"f-{k}", Users.UniqueEmail("rec-journey-founder")),
                ImportFiles.User($"r-{k}", researcherEmail, "researcher", displayName: "Amira Haddad"),
            ],
            startups: [ImportFiles.Startup($"s-{k}", [$"f-{k}"], cluster: cluster, sectors: ["ai-chips"])],
            projects: [ImportFiles.Project($"p-{k}", $"s-{k}", amount: 20_000_000, titleEn: $"Edge inference chips {k}")],
            funds:
            [
                ImportFiles.Fund($"fund-{k}", [$"m-{k}"], cluster: cluster, nameEn: "Valley Chips Fund", mandate: new
                {
                    sectors = new[] { "ai-chips" },
                    stages = new[] { "seed", "series-a" },
                    ticket = new { min = 5_000_000L, max = 30_000_000L, currency = "CNY" },
                    clusters = new[] { cluster },
                    openToOtherClusters = false,
                }),
            ],
            researchers: [ImportFiles.Researcher($"rp-{k}", $"r-{k}", desiredClusters: [cluster], researchAreas: ["robotics"], positionTypes: ["visiting"])],
            positions: [ImportFiles.Position($"pos-{k}", startup: $"s-{k}", type: "visiting", cluster: cluster, titleEn: $"Visiting roboticist {k}")]),
            new ImportOptions(PasswordForAll: Password));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ToString())));
        var (fundId, projectId, positionId, researcherId) = await App.QueryAsync(async db => (
            await db.Funds.Where(f => f.ImportKey == $"fund-{k}").Select(f => f.Id).SingleAsync(),
            await db.Projects.Where(p => p.ImportKey == $"p-{k}").Select(p => p.Id).SingleAsync(),
            await db.Positions.Where(p => p.ImportKey == $"pos-{k}").Select(p => p.Id).SingleAsync(),
            await db.UserProfiles.Where(u => u.ImportKey == $"r-{k}").Select(u => u.Id).SingleAsync()));
        // The incremental job, as the scheduler runs it after a change.
        while (await App.SendAsync(new ProcessRecomputeRequests.Command()) > 0)
        {
        }

        // The fund manager signs in and finds the project among the fund's recommendations on the dashboard.
        var login = new LoginPage(manager);
        await login.GotoAsync();
        var home = await login.LoginAsAsync(managerEmail, Password);
        await home.OpenDashboardAsync();
        var dashboard = new RecommendedDashboardPage(manager);
        await Expect(dashboard.Item(projectId)).ToBeVisibleAsync();
        await Expect(dashboard.Item(projectId).GetByTestId("target-link")).ToHaveTextAsync($"Edge inference chips {k}");

        // The whole list; "why" shows the factors, adding up to the score, and the mandate rules met.
        var list = await dashboard.OpenAllAsync(MatchKinds.Fund, fundId);
        await Expect(list.Heading).ToContainTextAsync("Valley Chips Fund");
        await Expect(list.FactorPoints(projectId).First).Not.ToBeVisibleAsync();
        await list.OpenWhyAsync(projectId);
        await Expect(list.FactorPoints(projectId).First).ToBeVisibleAsync();
        var points = await list.FactorPoints(projectId).EvaluateAllAsync<decimal[]>("els => els.map(e => Number(e.dataset.points))");
        var score = decimal.Parse((await list.Score(projectId).GetAttributeAsync("data-score"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(score, points.Sum());
        await Expect(list.WhyTotal(projectId)).ToHaveTextAsync((await list.Score(projectId).TextContentAsync())!.Trim());
        await Expect(list.Rules(projectId).Filter(new() { HasText = "Stage Series A is in the mandate" })).ToHaveCountAsync(1);

        // Into the pipeline, at Sourced, from a recommendation; back on the list it says so.
        var deal = await list.AddToPipelineAsync(fundId, projectId);
        await Expect(deal.Flash).ToHaveTextAsync("The project was added to the pipeline.");
        await Expect(deal.Stage).ToHaveAttributeAsync("data-stage", "Sourced");
        await Expect(deal.Source).ToHaveAttributeAsync("data-source", DealSourcesRecommendation);
        await list.GotoAsync();
        await Expect(list.Item(projectId).GetByTestId("in-pipeline")).ToBeVisibleAsync();

        // The researcher, in a browser of their own, dismisses the recommended position with a reason.
        var researcher = await OpenAnotherBrowserAsync();
        var researcherLogin = new LoginPage(researcher);
        await researcherLogin.GotoAsync();
        var researcherHome = await researcherLogin.LoginAsAsync(researcherEmail, Password);
        await researcherHome.OpenDashboardAsync();
        var researcherDashboard = new RecommendedDashboardPage(researcher);
        await Expect(researcherDashboard.Item(positionId)).ToBeVisibleAsync();
        var positions = await researcherDashboard.OpenAllAsync(MatchKinds.Researcher, researcherId);
        await Expect(positions.Item(positionId)).ToBeVisibleAsync();
        await positions.DismissAsync(positionId, "wrong-location");
        await Expect(positions.Flash).ToHaveTextAsync("Dismissed. It will not be recommended again.");
        await Expect(positions.Item(positionId)).ToHaveCountAsync(0);

        // The job runs again (the dismissal asked for it); after a reload the position is still gone, here and on the dashboard.
        Assert.True(await App.QueryAsync(db => db.RecomputeRequests.AnyAsync(r => r.EntityId == researcherId && r.DoneAt == null)));
        while (await App.SendAsync(new ProcessRecomputeRequests.Command()) > 0)
        {
        }
        await positions.Page.ReloadAsync();
        await Expect(positions.Heading).ToBeVisibleAsync();
        await Expect(positions.Item(positionId)).ToHaveCountAsync(0);
        await researcherDashboard.GotoAsync();
        await Expect(researcherDashboard.Heading).ToBeVisibleAsync();
        await Expect(researcherDashboard.Item(positionId)).ToHaveCountAsync(0);
    });

    private const string DealSourcesRecommendation = Domain.Funds.DealSources.Recommendation;
}
