using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Pages;

/// <summary>The administrators' moderation queue: what waits for a decision, oldest first.</summary>
public sealed partial class ModerationPage(IPage page) : BasePage(page)
{
    public override string Path => "/admin/moderation";

    /// <summary>The queue's row whose proposal (a project's title, a new name) contains the text.</summary>
    public ILocator RowFor(string text) => Page.Locator("[data-testid=queue] tr[data-request]", new PageLocatorOptions { HasText = text });

    public async Task<ModerationReviewPage> OpenAsync(string text)
    {
        await RowFor(text).GetByRole(AriaRole.Link).ClickAsync();
        await Page.WaitForURLAsync(RequestUrl());
        return new ModerationReviewPage(Page, Guid.Parse(new Uri(Page.Url).Segments[^1]));
    }

    [GeneratedRegex("/admin/moderation/[0-9a-f-]{36}$")]
    private static partial Regex RequestUrl();
}

/// <summary>One moderation request: the proposal field by field, and the decision buttons.</summary>
public sealed class ModerationReviewPage(IPage page, Guid requestId) : BasePage(page)
{
    public override string Path => $"/admin/moderation/{requestId}";

    /// <summary>The proposed value of a field (by its form name: TitleZh, Stage, Instrument, Traction...).</summary>
    public ILocator Proposed(string field) => Page.Locator($"[data-testid=changes] tr[data-field='{field}'] [data-testid=proposed]");

    /// <summary>Approves the request; the queue comes back.</summary>
    public async Task<ModerationPage> ApproveAsync()
    {
        await Page.GetByTestId("approve").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/moderation");
        return new ModerationPage(Page);
    }
}
