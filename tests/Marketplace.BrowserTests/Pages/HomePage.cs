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
        await Page.Locator("nav a[href='/clusters']").ClickAsync();
        return new ClustersPage(Page);
    }
}
