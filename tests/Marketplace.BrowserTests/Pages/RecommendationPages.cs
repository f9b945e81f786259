using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Pages;

/// <summary>The recommended items of a dashboard or a list page, and what a user does with one of them.</summary>
public abstract class RecommendationsBase(IPage page) : BasePage(page)
{
    /// <summary>The card of one recommended item (a project, fund, position or researcher).</summary>
    public ILocator Item(Guid targetId) => Page.Locator($"[data-testid=recommendation][data-target='{targetId}']");

    /// <summary>The shown score of an item, and the total its "why" panel adds up to.</summary>
    public ILocator Score(Guid targetId) => Item(targetId).GetByTestId("score");

    public ILocator WhyTotal(Guid targetId) => Item(targetId).GetByTestId("why-total");

    /// <summary>The factors' points in the open "why" panel.</summary>
    public ILocator FactorPoints(Guid targetId) => Item(targetId).GetByTestId("factor-points");

    public ILocator Rules(Guid targetId) => Item(targetId).GetByTestId("rule");

    /// <summary>Opens the "why" panel (a details element: it works without scripts).</summary>
    public async Task OpenWhyAsync(Guid targetId) => await Item(targetId).Locator("[data-testid=why] > summary").ClickAsync();

    /// <summary>Adds a recommended project to the fund's pipeline; the deal's page answers.</summary>
    public async Task<DealPage> AddToPipelineAsync(Guid fundId, Guid projectId)
    {
        await NavigatingAsync(() => Item(projectId).GetByTestId("add-to-pipeline").ClickAsync());
        var dealId = Guid.Parse(new Uri(Page.Url).Segments[^1]);
        return new DealPage(Page, fundId, dealId);
    }

    /// <summary>Dismisses an item with a reason (a DismissReasons code); the page comes back without it.</summary>
    public async Task DismissAsync(Guid targetId, string reason)
    {
        await Item(targetId).GetByTestId("dismiss-reason").SelectOptionAsync(reason);
        await NavigatingAsync(() => Item(targetId).GetByTestId("dismiss").ClickAsync());
    }
}

/// <summary>A dashboard's "Recommended for you" section.</summary>
public sealed class RecommendedDashboardPage(IPage page) : RecommendationsBase(page)
{
    public override string Path => "/dashboard";

    /// <summary>The whole list of one subject (a fund, project, position or the researcher), from its preview's link.</summary>
    public async Task<RecommendationListPage> OpenAllAsync(string kind, Guid subjectId)
    {
        await Page.Locator($"[data-testid=recommendation-preview][data-subject='{subjectId}'] [data-testid=all-recommendations]").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/recommendations/{kind}/{subjectId}");
        return new RecommendationListPage(Page, kind, subjectId);
    }
}

/// <summary>/recommendations/{kind}/{id}: a subject's whole list.</summary>
public sealed class RecommendationListPage(IPage page, string kind, Guid subjectId) : RecommendationsBase(page)
{
    public override string Path => $"/recommendations/{kind}/{subjectId}";

    public ILocator Items => Page.GetByTestId("recommendation");

    public ILocator Empty => Page.GetByTestId("no-recommendations");
}
