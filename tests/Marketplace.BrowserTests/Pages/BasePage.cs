using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.BrowserTests.Pages;

/// <summary>
/// A page of the site as a user sees it (jasontaylordev Web.AcceptanceTests): tests speak in
/// what the user does, the selectors live here. The layout's navigation is on every page.
/// </summary>
public abstract class BasePage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The path this page lives at, relative to the app's base address.</summary>
    public abstract string Path { get; }

    public ILocator Heading => Page.Locator("main h1");

    /// <summary>The signed-in user's display name in the navigation bar.</summary>
    public ILocator SignedInName => Page.GetByTestId("nav-profile");

    public ILocator Flash => Page.GetByTestId("flash");

    /// <summary>The count of unread notifications next to "Notifications" in the navigation bar (absent at none).</summary>
    public ILocator UnreadNotifications => Page.GetByTestId("unread-count");

    public async Task GotoAsync()
    {
        var response = await Page.GotoAsync(Path);
        if (response is null || !response.Ok)
            throw new InvalidOperationException($"GET {Path} answered {response?.Status}.");
    }

    public async Task<HomePage> SignOutAsync()
    {
        // Sign out sits in the menu under the user's name.
        await Page.GetByTestId("nav-profile").ClickAsync();
        await Page.GetByTestId("logout").ClickAsync();
        await Expect(Page.GetByTestId("nav-profile")).ToHaveCountAsync(0);
        return new HomePage(Page);
    }

    /// <summary>A founder's dashboard, from the navigation bar.</summary>
    public async Task<DashboardPage> OpenDashboardAsync()
    {
        await Page.GetByTestId("nav-dashboard").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/dashboard");
        return new DashboardPage(Page);
    }

    /// <summary>The moderation queue, from the administrator's menu in the navigation bar.</summary>
    public async Task<ModerationPage> OpenModerationAsync()
    {
        await Page.GetByTestId("nav-admin").ClickAsync();
        await Page.Locator("nav a[href='/admin/moderation']").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/moderation");
        return new ModerationPage(Page);
    }

    /// <summary>The id at the end of the current address (/projects/{id}, /startups/{id}).</summary>
    protected Guid IdFromUrl() => Guid.Parse(new Uri(Page.Url).Segments[^1]);

    /// <summary>
    /// Runs an action (a click that submits a form) and waits for the page it leads to: the document
    /// that answers after any redirects, even when it has the same address as the form (a POST that
    /// redirects back to its own page).
    /// </summary>
    protected async Task NavigatingAsync(Func<Task> action)
    {
        await Page.RunAndWaitForResponseAsync(action, response =>
            response.Request.IsNavigationRequest && response.Frame == Page.MainFrame && response.Status is < 300 or >= 400);
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>Clicks 中文 in the language switcher; the same page comes back in Chinese.</summary>
    public Task SwitchToChineseAsync() => SwitchLanguageAsync("switch-zh", "zh-Hans");

    /// <summary>Clicks English in the language switcher; the same page comes back in English.</summary>
    public Task SwitchToEnglishAsync() => SwitchLanguageAsync("switch-en", "en");

    private async Task SwitchLanguageAsync(string button, string lang)
    {
        await Page.GetByTestId(button).ClickAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", lang);
    }
}
