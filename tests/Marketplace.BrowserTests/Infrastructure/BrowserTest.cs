using System.Runtime.CompilerServices;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Infrastructure;

/// <summary>
/// Base of the browser tests: the shared app, the class's browser, and a new context (cookies,
/// language) per test. <see cref="InBrowserAsync"/> saves a screenshot when a test fails, of every
/// browser the test opened (<see cref="OpenAnotherBrowserAsync"/> gives one more user their own).
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(SqliteApp app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly List<IBrowserContext> contexts = [];

    protected SqliteApp App { get; } = app;

    protected async Task InBrowserAsync(Func<IPage, Task> test, string locale = "en-US", [CallerMemberName] string name = "")
    {
        try
        {
            var page = await OpenAnotherBrowserAsync(locale);
            try
            {
                await test(page);
            }
            catch
            {
                Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
                for (var i = 0; i < contexts.Count; i++)
                {
                    var suffix = i == 0 ? "" : $".{i + 1}";
                    await contexts[i].Pages[0].ScreenshotAsync(new PageScreenshotOptions
                    {
                        Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{GetType().Name}.{name}{suffix}.png"),
                        FullPage = true,
                    });
                }
                throw;
            }
        }
        finally
        {
            foreach (var context in contexts)
                await context.DisposeAsync();
            contexts.Clear();
        }
    }

    /// <summary>A page in a browser of its own (its own cookies), for a second user in the same test.</summary>
    protected async Task<IPage> OpenAnotherBrowserAsync(string locale = "en-US")
    {
        var context = await browser.NewContextAsync(App.BaseAddress, locale);
        contexts.Add(context);
        return await context.NewPageAsync();
    }
}
