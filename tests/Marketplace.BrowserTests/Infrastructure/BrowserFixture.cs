using Marketplace.Infrastructure;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Infrastructure;

/// <summary>
/// One headless Chromium per test class. Always Debian's /usr/bin/chromium: Playwright never
/// downloads a browser here, it only starts the Node driver shipped in its NuGet package.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}. Run scripts/test.sh (it installs it with apt).");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        playwright?.Dispose();
    }

    /// <summary>A fresh context (its own cookies) with the browser asking for the given language.</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseAddress, string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // Waits end as soon as what they wait for happens; the bound only says when to give up. The browser
        // tests run beside the integration tests on two cores, where a page can take seconds to load.
        context.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(15_000);
        return context;
    }

    /// <summary>Where screenshots of failed tests go: TestResults/screenshots at the repository root.</summary>
    public static string ScreenshotDirectory => Path.Combine(ContentRoot.Find(), "TestResults", "screenshots");
}
