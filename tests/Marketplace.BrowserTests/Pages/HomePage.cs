using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Pages;

public sealed class HomePage(IPage page) : BasePage(page)
{
    public override string Path => "/";

    public async Task<RegisterPage> GetStartedAsync()
    {
        await Page.Locator("main a[href='/account/register']").ClickAsync();
        return new RegisterPage(Page);
    }

    public async Task<ClustersPage> OpenClustersAsync()
    {
        // Signed in, the discovery links sit in the Explore menu.
        var explore = Page.GetByTestId("nav-explore");
        if (await explore.CountAsync() > 0)
            await explore.ClickAsync();
        await Page.Locator("nav a[href='/clusters']").ClickAsync();
        return new ClustersPage(Page);
    }
}
