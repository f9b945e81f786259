using System.Diagnostics;
using System.Text.RegularExpressions;
using Marketplace.BrowserTests.Infrastructure;
using Marketplace.BrowserTests.Pages;
using Marketplace.Domain.Common;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.BrowserTests;

/// <summary>
/// The product shell (issue 11): signed in as each role, and anonymous, in English and in Chinese, every
/// page the menus and the home page or dashboard lead to (and in English the pages those lead to), one per
/// route shape, is checked at 390, 1,024, 1,280 and 1,366 px for horizontal overflow, console errors (policy
/// violations included), 5xx answers and serious or critical axe-core violations of WCAG 2.1 A/AA (at
/// 1,280 px; in Chinese the language rules only, the rest being the same markup); the opened menus are
/// checked for overflow at each width too. All findings of a role are reported together (and written to
/// TestResults/shell-sweep/), so one run lists everything.
/// </summary>
public sealed class ShellSweepTests(SqliteApp app, BrowserFixture browser, ITestOutputHelper output) : BrowserTest(app, browser)
{
    public const string Anonymous = "anonymous";

    private const int NavbarExpandsAt = 992;

    public static TheoryData<string, string> Roles()
    {
        var data = new TheoryData<string, string>();
        foreach (var locale in new[] { "en-US", "zh-CN" })
            foreach (var role in new[] { Anonymous, RoleNames.Founder, RoleNames.FundManager, RoleNames.Researcher, RoleNames.Admin })
                data.Add(role, locale);
        return data;
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public Task Every_page_of_the_role_fits_every_width_without_errors_or_serious_accessibility_violations(string role, string locale) => InBrowserAsync(async page =>
    {
        var clock = Stopwatch.StartNew();
        var accounts = await SweepAccounts.ForAsync(App);
        // The markup and colours are the same in both languages: in Chinese axe checks what the language changes.
        var chinese = locale.StartsWith("zh", StringComparison.Ordinal);
        var sweep = await PageSweep.AttachAsync(page, App.BaseAddress, chinese ? Axe.LanguageRules : null);

        var home = new HomePage(page);
        if (accounts.For(role) is { } user)
        {
            var login = new LoginPage(page);
            await login.GotoAsync();
            home = await login.LoginAsAsync(user.Email, user.Password);
            await Expect(home.SignedInName).ToHaveTextAsync(user.DisplayName);
        }
        else
        {
            await home.GotoAsync();
        }
        // A signed-in user reads the language of their account; the switcher sets the one this run is about.
        if (await page.Locator("html").GetAttributeAsync("lang") != (chinese ? "zh-Hans" : "en"))
            await (chinese ? home.SwitchToChineseAsync() : home.SwitchToEnglishAsync());

        // The home page and the role's dashboard are where the sweep starts: their links are followed two steps.
        var start = new List<string> { "/" };
        if (await page.GetByTestId("nav-dashboard").CountAsync() > 0)
            start.Add((await page.GetByTestId("nav-dashboard").GetAttributeAsync("href"))!);

        // In Chinese, the pages the menus and dashboard lead to, not the pages beyond: they are the English ones in other words.
        var results = await sweep.RunAsync(start, OpenedMenusAsync, chinese ? 1 : PageSweep.MaxDepth);

        var report = PageSweep.Report($"{role} ({locale})", results, clock.Elapsed);
        output.WriteLine(report);
        var directory = Path.Combine(Path.GetDirectoryName(BrowserFixture.ScreenshotDirectory)!, "shell-sweep");
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, $"{role}.{locale}.txt"), report);

        Assert.Contains(results, r => r.Shape == "/dashboard" || role is Anonymous or RoleNames.Admin);
        Assert.True(results.Count(r => r.Skipped is null) >= 5, $"Only {results.Count(r => r.Skipped is null)} pages were checked:\n{report}");
        var findings = results.SelectMany(r => r.Findings).ToList();
        Assert.True(findings.Count == 0, report);
    }, locale, $"{nameof(Every_page_of_the_role_fits_every_width_without_errors_or_serious_accessibility_violations)}.{role}.{locale}");

    /// <summary>
    /// The navigation as a user opens it: below the navbar's breakpoint the collapsed menu, and at every
    /// width each dropdown (the administrators' menu); each is checked for overflow while open.
    /// </summary>
    private static async Task<IReadOnlyList<Finding>> OpenedMenusAsync(IPage page, int width)
    {
        var findings = new List<Finding>();
        var toggler = page.Locator("header .navbar-toggler");
        var collapsed = width < NavbarExpandsAt;
        var closedWidth = await PageSweep.WidthAsync(page);
        if (collapsed)
        {
            await toggler.ClickAsync();
            await Expect(page.Locator("#nav")).ToHaveClassAsync(new Regex(@"\bshow\b"));
            findings.AddRange(await PageSweep.OverflowAsync(page, width, "the opened navigation menu", closedWidth));
        }
        var dropdowns = page.Locator("header .dropdown-toggle");
        for (var i = 0; i < await dropdowns.CountAsync(); i++)
        {
            var dropdown = dropdowns.Nth(i);
            await dropdown.ClickAsync();
            await Expect(dropdown).ToHaveAttributeAsync("aria-expanded", "true");
            findings.AddRange(await PageSweep.OverflowAsync(page, width, $"the opened \"{(await dropdown.InnerTextAsync()).Trim()}\" menu", closedWidth));
            await page.Keyboard.PressAsync("Escape");
            await Expect(dropdown).ToHaveAttributeAsync("aria-expanded", "false");
        }
        if (collapsed)
        {
            await toggler.ClickAsync();
            await Expect(page.Locator("#nav")).Not.ToHaveClassAsync(new Regex(@"\bshow\b|\bcollapsing\b"));
        }
        return findings;
    }
}
