using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Pages;

/// <summary>What a founder types into the startup form; codes for the cluster, sectors and stage.</summary>
public sealed record StartupInput(
    string NameZh, string? NameEn, string Cluster, IReadOnlyList<string> Sectors, string Stage,
    int? FoundedYear = null, int? TeamSize = null, string? Website = null, string? DescriptionZh = null);

/// <summary>The form that creates a startup profile.</summary>
public sealed partial class StartupFormPage(IPage page) : BasePage(page)
{
    public override string Path => "/startups/new";

    private ILocator Form => Page.GetByTestId("startup-form");

    public async Task FillAsync(StartupInput startup)
    {
        await Form.Locator("#NameZh").FillAsync(startup.NameZh);
        await Form.Locator("#NameEn").FillAsync(startup.NameEn ?? "");
        await Form.Locator("#ClusterKey").SelectOptionAsync(startup.Cluster);
        await Form.Locator("#Stage").SelectOptionAsync(startup.Stage);
        foreach (var sector in startup.Sectors)
            await Form.Locator($"#sector-{sector}").CheckAsync();
        await Form.Locator("#FoundedYear").FillAsync(startup.FoundedYear?.ToString(CultureInfo.InvariantCulture) ?? "");
        await Form.Locator("#TeamSize").FillAsync(startup.TeamSize?.ToString(CultureInfo.InvariantCulture) ?? "");
        await Form.Locator("#Website").FillAsync(startup.Website ?? "");
        await Form.Locator("#DescriptionZh").FillAsync(startup.DescriptionZh ?? "");
    }

    /// <summary>Fills the form, submits it and lands on the new startup's page.</summary>
    public async Task<StartupPage> CreateAsync(StartupInput startup)
    {
        await FillAsync(startup);
        await Form.Locator("button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(StartupUrl());
        return new StartupPage(Page, IdFromUrl());
    }

    [GeneratedRegex("/startups/[0-9a-f-]{36}$")]
    private static partial Regex StartupUrl();
}

/// <summary>A startup's public page; its owners also see buttons to edit it and to start a project.</summary>
public sealed class StartupPage(IPage page, Guid id) : BasePage(page)
{
    public Guid Id { get; } = id;

    public override string Path => $"/startups/{Id}";

    public ILocator Name => Page.GetByTestId("startup-name");

    public ILocator Cluster => Page.GetByTestId("cluster");

    public ILocator Sectors => Page.GetByTestId("sector");

    public ILocator Stage => Page.GetByTestId("stage");

    public async Task<ProjectFormPage> NewProjectAsync()
    {
        await Page.GetByTestId("owner-actions").GetByTestId("new-project").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/projects/new");
        return new ProjectFormPage(Page, Id);
    }
}
