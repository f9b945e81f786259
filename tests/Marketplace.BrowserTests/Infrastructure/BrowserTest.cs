using System.Runtime.CompilerServices;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Infrastructure;

/// <summary>
/// Base of the browser tests: the shared app, the class's browser, and a new context (cookies,
/// language) per test. <see cref="InBrowserAsync"/> saves a screenshot when a test fails.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(SqliteApp app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    protected SqliteApp App { get; } = app;

    protected async Task InBrowserAsync(Func<IPage, Task> test, string locale = "en-US", [CallerMemberName] string name = "")
    {
        await using var context = await browser.NewContextAsync(App.BaseAddress, locale);
        var page = await context.NewPageAsync();
        try
        {
            await test(page);
        }
        catch
        {
            Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{GetType().Name}.{name}.png"),
                FullPage = true,
            });
            throw;
        }
    }
}
