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

    public async Task GotoAsync()
    {
        var response = await Page.GotoAsync(Path);
        if (response is null || !response.Ok)
            throw new InvalidOperationException($"GET {Path} answered {response?.Status}.");
    }

    public async Task<HomePage> SignOutAsync()
    {
        await Page.GetByTestId("logout").ClickAsync();
        await Expect(Page.GetByTestId("nav-profile")).ToHaveCountAsync(0);
        return new HomePage(Page);
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
