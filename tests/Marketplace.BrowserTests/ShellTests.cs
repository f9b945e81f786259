using Marketplace.BrowserTests.Infrastructure;
using Marketplace.BrowserTests.Pages;
using Marketplace.Domain.Common;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.BrowserTests;

/// <summary>
/// The app shell's menu (issue 11) at the widths people use, for every role, with the longest display name the
/// site accepts and a two-character Chinese one, in both languages: nothing wider than the window, one line
/// from 992 px up, the long name cut with an ellipsis (whole in its title), and the folded menu opening on a phone.
/// </summary>
public sealed class ShellTests(SqliteApp app, BrowserFixture browser) : BrowserTest(app, browser)
{
    private static readonly int[] Widths = [390, 1024, 1280, 1366];

    /// <summary>80 characters, the most a display name may have.</summary>
    private static readonly string LongName = ("Dr Maximiliana Alexandrovna Konstantinopolskaya-Featherstonehaugh von Ashby-de-la" + new string('x', 80))[..80];

    private const string ChineseName = "林雨";

    private sealed class Measure
    {
        public double ScrollWidth { get; set; }
        public double InnerWidth { get; set; }
        public double NavHeight { get; set; }
        public double WidestNavRight { get; set; }
        public bool NameCut { get; set; }
        public string? NameTitle { get; set; }
    }

    private static Task<Measure> MeasureAsync(IPage page) => page.EvaluateAsync<Measure>("""
        () => {
            const nav = document.querySelector('[data-testid=site-nav]');
            const name = document.querySelector('[data-testid=nav-profile] .nav-user-name');
            const rights = [...nav.querySelectorAll('*')].map(e => e.getBoundingClientRect()).filter(r => r.width > 0).map(r => r.right);
            return {
                scrollWidth: document.documentElement.scrollWidth,
                innerWidth: window.innerWidth,
                navHeight: nav.getBoundingClientRect().height,
                widestNavRight: Math.max(...rights),
                nameCut: name ? name.scrollWidth > name.clientWidth : false,
                nameTitle: name ? name.parentElement.getAttribute('title') : null,
            };
        }
        """);

    private async Task<(string Email, string Home)> AccountAsync(string role, string name)
    {
        var user = role == RoleNames.Admin ? await Users.AdminAsync(App) : await Users.RegisterAsync(App, role);
        await App.QueryAsync(db => db.UserProfiles.Where(p => p.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.DisplayName, name)));
        return (user.Email, role == RoleNames.Admin ? "/admin" : "/dashboard");
    }

    private static async Task AssertFitsAsync(IPage page, string path, string? name)
    {
        foreach (var culture in new[] { "en", "zh-Hans" })
        {
            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 900);
                await page.GotoAsync($"{path}?culture={culture}");
                var m = await MeasureAsync(page);
                var where = $"{path} {culture} at {width} px";
                Assert.True(m.ScrollWidth <= m.InnerWidth, $"{where}: the page is {m.ScrollWidth} px wide.");
                Assert.True(m.WidestNavRight <= m.InnerWidth + 0.5, $"{where}: the menu reaches {m.WidestNavRight} px.");
                // One line of menu: a bar of two lines is over 90 px tall (the folded bar is one line too).
                Assert.True(m.NavHeight < 72, $"{where}: the menu is {m.NavHeight} px tall.");
                if (name is null)
                    continue;
                Assert.Equal(name, m.NameTitle);
                if (width >= 992)
                {
                    Assert.Equal(name == LongName, m.NameCut);
                    // Two characters stay on one line, never one per line.
                    var box = await page.GetByTestId("nav-profile").BoundingBoxAsync();
                    Assert.True(box!.Height < 48, $"{where}: the name is {box.Height} px tall.");
                }
            }
        }
    }

    [Theory]
    [InlineData(RoleNames.Founder)]
    [InlineData(RoleNames.FundManager)]
    [InlineData(RoleNames.Researcher)]
    [InlineData(RoleNames.Admin)]
    public Task The_signed_in_menu_fits_every_width_with_a_long_and_a_two_character_name(string role) => InBrowserAsync(async page =>
    {
        foreach (var name in new[] { LongName, ChineseName })
        {
            var (email, home) = await AccountAsync(role, name);
            var login = new LoginPage(page);
            await login.GotoAsync();
            await login.LoginAsAsync(email, Users.Password);

            await AssertFitsAsync(page, home, name);
            await AssertFitsAsync(page, "/projects", name);

            await page.SetViewportSizeAsync(1280, 900);
            await page.GotoAsync(home + "?culture=en");
            await new HomePage(page).SignOutAsync();
        }
    }, name: $"{nameof(The_signed_in_menu_fits_every_width_with_a_long_and_a_two_character_name)}.{role}");

    [Fact]
    public Task The_anonymous_menu_fits_every_width() => InBrowserAsync(async page =>
    {
        await AssertFitsAsync(page, "/", null);
        await AssertFitsAsync(page, "/about", null);
    });

    [Fact]
    public Task On_a_phone_the_folded_menu_opens_and_its_groups_and_user_menu_work() => InBrowserAsync(async page =>
    {
        var (email, home) = await AccountAsync(RoleNames.Founder, LongName);
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.LoginAsAsync(email, Users.Password);
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(home);

        var toggle = page.GetByTestId("nav-toggle");
        await Expect(toggle).ToBeVisibleAsync();
        await Expect(page.GetByTestId("nav-dashboard")).ToBeHiddenAsync();
        await toggle.ClickAsync();
        await Expect(page.GetByTestId("nav-dashboard")).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");

        await page.GetByTestId("nav-deals").ClickAsync();
        await Expect(page.GetByTestId("nav-applications")).ToBeVisibleAsync();
        await page.GetByTestId("nav-profile").ClickAsync();
        await Expect(page.GetByTestId("logout")).ToBeVisibleAsync();
        var m = await MeasureAsync(page);
        Assert.True(m.ScrollWidth <= m.InnerWidth, $"The open menu makes the page {m.ScrollWidth} px wide.");

        await page.GetByTestId("nav-my-profile").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/profile");
    });
}
