using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Pages;

/// <summary>A two-party conversation: its messages, oldest first, and the form to write the next one.</summary>
public sealed partial class ConversationPage(IPage page, Guid id) : BasePage(page)
{
    public Guid Id { get; } = id;

    public override string Path => $"/conversations/{Id}";

    public ILocator Subject => Page.GetByTestId("subject");

    /// <summary>The texts of all messages, oldest first.</summary>
    public ILocator Messages => Page.GetByTestId("messages").GetByTestId("message-body");

    /// <summary>The texts of the messages the other party wrote.</summary>
    public ILocator TheirMessages => Page.Locator("[data-testid=messages] [data-testid=message][data-mine=false] [data-testid=message-body]");

    /// <summary>Sends a message; the conversation comes back with it at the end.</summary>
    public async Task SendAsync(string body)
    {
        var form = Page.GetByTestId("message-form");
        await form.Locator("#Body").FillAsync(body);
        await NavigatingAsync(() => form.Locator("button[type=submit]").ClickAsync());
    }

    /// <summary>The conversation a link just led to.</summary>
    public static async Task<ConversationPage> LandedOnAsync(IPage page)
    {
        await page.WaitForURLAsync(ConversationUrl());
        return new ConversationPage(page, Guid.Parse(new Uri(page.Url).Segments[^1]));
    }

    [GeneratedRegex("/conversations/[0-9a-f-]{36}(#latest)?$")]
    private static partial Regex ConversationUrl();
}

/// <summary>The signed-in user's notifications, newest first.</summary>
public sealed class NotificationsPage(IPage page) : BasePage(page)
{
    public override string Path => "/notifications";

    /// <summary>The texts of the notifications, newest first.</summary>
    public ILocator Texts => Page.GetByTestId("notifications").GetByTestId("notification-text");

    /// <summary>Follows the link of the newest notification to what it is about.</summary>
    public async Task OpenNewestAsync()
    {
        await Page.GetByTestId("notifications").GetByTestId("notification-link").First.ClickAsync();
        await Page.WaitForLoadStateAsync();
    }
}
