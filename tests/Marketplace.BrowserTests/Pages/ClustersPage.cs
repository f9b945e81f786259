using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Pages;

/// <summary>The list of AI industry clusters.</summary>
public sealed class ClustersPage(IPage page) : BasePage(page)
{
    public override string Path => "/clusters";

    private ILocator Row(string key) => Page.Locator($"tr[data-cluster='{key}']");

    /// <summary>The cluster's name as the list shows it (a link to its page).</summary>
    public ILocator NameOf(string key) => Row(key).Locator("a");

    /// <summary>The cluster's development mode as the list shows it.</summary>
    public ILocator ModeOf(string key) => Row(key).GetByTestId("mode");

    public async Task<ClusterPage> OpenAsync(string key)
    {
        await NameOf(key).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/clusters/{key}");
        return new ClusterPage(Page, key);
    }
}

/// <summary>One cluster: its mode, description and what is on the market there.</summary>
public sealed class ClusterPage(IPage page, string key) : BasePage(page)
{
    public override string Path => $"/clusters/{key}";

    public ILocator Mode => Page.GetByTestId("mode");

    public ILocator Description => Page.GetByTestId("description");

    public ILocator Counts => Page.GetByTestId("counts");
}
