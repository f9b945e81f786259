using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Pages;

/// <summary>A founder's dashboard: their startups with their projects' status, and the latest notifications.</summary>
public sealed class DashboardPage(IPage page) : BasePage(page)
{
    public override string Path => "/dashboard";

    /// <summary>The empty state of a founder without a startup.</summary>
    public ILocator NoStartups => Page.GetByTestId("no-startups");

    /// <summary>The status of one project as its row shows it (a localized state name).</summary>
    public ILocator StatusOf(Guid projectId) => Page.Locator($"tr[data-project='{projectId}'] [data-testid=project-status]");

    /// <summary>The texts of the notifications in the side column, newest first.</summary>
    public ILocator Notifications => Page.GetByTestId("notifications").GetByTestId("notification-text");

    public async Task<StartupFormPage> CreateFirstStartupAsync()
    {
        await Page.GetByTestId("create-first-startup").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/startups/new");
        return new StartupFormPage(Page);
    }

    /// <summary>Follows the link of the newest notification to what it is about.</summary>
    public async Task OpenNewestNotificationAsync()
    {
        await Page.GetByTestId("notifications").GetByTestId("notification-link").First.ClickAsync();
        await Page.WaitForLoadStateAsync();
    }
}
