using System.Globalization;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Pages;

/// <summary>Filters of /projects as a visitor sets them: codes for cluster and sector, an amount range in a currency.</summary>
public sealed record ProjectFilter(string? Cluster = null, string? Sector = null, long? MinAmount = null, long? MaxAmount = null, string? Currency = null);

/// <summary>Discovery: the published projects with their filters.</summary>
public sealed class ProjectSearchPage(IPage page) : BasePage(page)
{
    public override string Path => "/projects";

    private ILocator Filters => Page.GetByTestId("project-filters");

    /// <summary>"Projects found: N" above the results.</summary>
    public ILocator Total => Page.GetByTestId("total");

    public ILocator Cards => Page.Locator("[data-testid=projects] [data-testid=project]");

    /// <summary>The shown project whose card contains the text (its title, say).</summary>
    public ILocator Card(string text) => Page.Locator("[data-testid=projects] [data-testid=project]", new PageLocatorOptions { HasText = text });

    /// <summary>The empty state when no project matches.</summary>
    public ILocator Empty => Page.GetByTestId("empty");

    /// <summary>Sets the filters in the form and shows the projects that match (a GET: the filters end up in the address).</summary>
    public async Task FilterAsync(ProjectFilter filter)
    {
        await Filters.Locator("#Cluster").SelectOptionAsync(filter.Cluster ?? "");
        await Filters.Locator("#Sector").SelectOptionAsync(filter.Sector ?? "");
        await Filters.Locator("#MinAmount").FillAsync(filter.MinAmount?.ToString(CultureInfo.InvariantCulture) ?? "");
        await Filters.Locator("#MaxAmount").FillAsync(filter.MaxAmount?.ToString(CultureInfo.InvariantCulture) ?? "");
        if (filter.Currency is { } currency)
            await Filters.Locator("#Currency").SelectOptionAsync(currency);
        await Filters.Locator("button[type=submit]").ClickAsync();
        var expected = new Dictionary<string, string?>
        {
            ["Cluster"] = filter.Cluster,
            ["Sector"] = filter.Sector,
            ["MinAmount"] = filter.MinAmount?.ToString(CultureInfo.InvariantCulture),
            ["MaxAmount"] = filter.MaxAmount?.ToString(CultureInfo.InvariantCulture),
            ["Currency"] = filter.Currency,
        };
        await Page.WaitForURLAsync(url =>
        {
            var query = System.Web.HttpUtility.ParseQueryString(new Uri(url).Query);
            return expected.All(e => e.Value is null || query[e.Key] == e.Value);
        });
    }

    public async Task<ProjectPage> OpenAsync(string text)
    {
        var link = Card(text).GetByTestId("project-title");
        var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("A project card without a link.");
        await link.ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == href);
        return new ProjectPage(Page, Guid.Parse(href.Split('/')[^1]));
    }
}
