using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Pages;

/// <summary>What a fund manager types into the fund form: codes for the type and the home cluster.</summary>
public sealed record FundInput(string NameEn, string? NameZh, string Type, string Cluster, string? DescriptionEn = null);

/// <summary>The form that creates a fund (its creator becomes its first partner).</summary>
public sealed partial class FundFormPage(IPage page) : BasePage(page)
{
    public override string Path => "/funds/new";

    private ILocator Form => Page.GetByTestId("fund-form");

    /// <summary>Fills the form, submits it and lands on the new fund's page.</summary>
    public async Task<FundPage> CreateAsync(FundInput fund)
    {
        await Form.Locator("#NameEn").FillAsync(fund.NameEn);
        await Form.Locator("#NameZh").FillAsync(fund.NameZh ?? "");
        await Form.Locator("#Type").SelectOptionAsync(fund.Type);
        await Form.Locator("#ClusterKey").SelectOptionAsync(fund.Cluster);
        await Form.Locator("#DescriptionEn").FillAsync(fund.DescriptionEn ?? "");
        await Form.Locator("button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(FundUrl());
        return new FundPage(Page, IdFromUrl());
    }

    [GeneratedRegex("/funds/[0-9a-f-]{36}$")]
    private static partial Regex FundUrl();
}

/// <summary>A fund's public page; its team also sees links to the mandate, the inbox and the pipeline.</summary>
public sealed class FundPage(IPage page, Guid id) : BasePage(page)
{
    public Guid Id { get; } = id;

    public override string Path => $"/funds/{Id}";

    public ILocator Name => Page.GetByTestId("fund-name");

    public ILocator Type => Page.GetByTestId("facts").GetByTestId("type");

    public ILocator Cluster => Page.GetByTestId("facts").GetByTestId("cluster");

    public async Task<MandatePage> EditMandateAsync()
    {
        await Page.GetByTestId("mandate-link").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/funds/{Id}/mandate");
        return new MandatePage(Page, Id);
    }

    public async Task<InboxPage> OpenInboxAsync()
    {
        await Page.GetByTestId("inbox-link").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/funds/{Id}/inbox");
        return new InboxPage(Page, Id);
    }

    public async Task<PipelinePage> OpenPipelineAsync()
    {
        await Page.GetByTestId("pipeline-link").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/funds/{Id}/pipeline");
        return new PipelinePage(Page, Id);
    }
}

/// <summary>A guidance fund's region rule as its partners set it: a rule code, the regions (cluster keys), the ratio.</summary>
public sealed record GuidanceRuleInput(string Rule, IReadOnlyList<string> Regions, decimal? Ratio, bool AcceptsRelocation);

/// <summary>The partners' form for a fund's mandate (and, for a guidance fund, its region rule).</summary>
public sealed class MandatePage(IPage page, Guid fundId) : BasePage(page)
{
    public override string Path => $"/funds/{fundId}/mandate";

    private ILocator Form => Page.GetByTestId("mandate-form");

    public ILocator GuidanceRule => Form.GetByTestId("guidance-rule");

    /// <summary>Opens the fund to new deals with a weekly capacity, sets the region rule and saves; the form comes back.</summary>
    public async Task SaveAsync(GuidanceRuleInput rule, int weeklyCapacity)
    {
        await Form.Locator("#OpenToNewDeals").CheckAsync();
        await Form.Locator("#WeeklyCapacity").FillAsync(weeklyCapacity.ToString(CultureInfo.InvariantCulture));
        await Form.Locator($"#rule-{rule.Rule}").CheckAsync();
        foreach (var region in rule.Regions)
            await Form.Locator($"#region-{region}").CheckAsync();
        await Form.Locator("#ReinvestmentRatio").FillAsync(rule.Ratio?.ToString(CultureInfo.InvariantCulture) ?? "");
        await Form.Locator("#AcceptsRelocation").SetCheckedAsync(rule.AcceptsRelocation);
        await NavigatingAsync(() => Form.Locator("button[type=submit]").ClickAsync());
    }
}

/// <summary>A founder's application to a fund: the project's fit with the mandate, then a message.</summary>
public sealed class ApplyPage(IPage page, Guid fundId, Guid projectId) : BasePage(page)
{
    public override string Path => $"/funds/{fundId}/apply?projectId={projectId}";

    /// <summary>The verdict of the mandate check (data-fits is "true" or "false").</summary>
    public ILocator FitVerdict => Page.GetByTestId("fit-verdict");

    /// <summary>Sends the application with the message; the founder's list of applications comes back.</summary>
    public async Task<ApplicationsPage> SendAsync(string message)
    {
        var form = Page.GetByTestId("apply-form");
        await form.Locator("#Message").FillAsync(message);
        await form.Locator("button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/applications");
        return new ApplicationsPage(Page);
    }
}

/// <summary>A founder's applications to funds with their status, stage in the fund's pipeline and pass reason.</summary>
public sealed class ApplicationsPage(IPage page) : BasePage(page)
{
    public override string Path => "/applications";

    /// <summary>The application of the project whose title (or fund name) contains the text.</summary>
    public ILocator Application(string text) =>
        Page.Locator("[data-testid=applications] [data-testid=application]", new PageLocatorOptions { HasText = text });
}

/// <summary>A fund's inbox: applications received, to accept or decline.</summary>
public sealed class InboxPage(IPage page, Guid fundId) : BasePage(page)
{
    public override string Path => $"/funds/{fundId}/inbox";

    public ILocator Application(string text) =>
        Page.Locator("[data-testid=applications] [data-testid=application]", new PageLocatorOptions { HasText = text });

    /// <summary>Accepts the application: a conversation opens (the page it lands on) and the deal enters the pipeline.</summary>
    public async Task AcceptAsync(string text)
    {
        await Application(text).Locator("form[data-testid^=accept-] button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/conversations/", StringComparison.Ordinal));
    }
}

/// <summary>A fund's deal-flow board: a column per stage, a card per deal.</summary>
public sealed partial class PipelinePage(IPage page, Guid fundId) : BasePage(page)
{
    public override string Path => $"/funds/{fundId}/pipeline";

    /// <summary>The card whose title contains the text, in the column of the stage (a DealStage name).</summary>
    public ILocator Card(string stage, string text) =>
        Page.Locator($"[data-testid=board] [data-testid=column][data-stage='{stage}'] [data-testid=card]", new PageLocatorOptions { HasText = text });

    /// <summary>The cards of the column of the stage, where a dragged card is dropped.</summary>
    public ILocator Cards(string stage) => Page.Locator($"[data-testid=board] [data-testid=column][data-stage='{stage}'] .pipeline-cards");

    /// <summary>
    /// Drags the card (by its startup line: its links and form are not handles) onto the column of
    /// <paramref name="stage"/>, and waits for the board the move answers with.
    /// </summary>
    public async Task DragAsync(string fromStage, string text, string toStage) =>
        await NavigatingAsync(() => DropAsync(fromStage, text, toStage));

    /// <summary>Drags the card onto a column that does not take it: nothing is posted, the page stays.</summary>
    public Task DropAsync(string fromStage, string text, string toStage) =>
        Card(fromStage, text).Locator("p").First.DragToAsync(Cards(toStage));

    public async Task<DealPage> OpenAsync(string stage, string text)
    {
        await Card(stage, text).GetByTestId("deal-link").ClickAsync();
        await Page.WaitForURLAsync(DealUrl());
        return new DealPage(Page, fundId, IdFromUrl());
    }

    [GeneratedRegex("/funds/[0-9a-f-]{36}/deals/[0-9a-f-]{36}$")]
    private static partial Regex DealUrl();
}

/// <summary>One deal as the fund's team sees it: stage, moves, pass, notes, ratings and history.</summary>
public sealed class DealPage(IPage page, Guid fundId, Guid dealId) : BasePage(page)
{
    public override string Path => $"/funds/{fundId}/deals/{dealId}";

    private ILocator Deal => Page.GetByTestId("deal");

    public ILocator Stage => Deal.Locator("header [data-testid=stage]");

    /// <summary>How the project entered the pipeline ("From a recommendation"), with its code in data-source.</summary>
    public ILocator Source => Deal.GetByTestId("deal-source");

    public ILocator PassReason => Deal.GetByTestId("passed").GetByTestId("pass-reason");

    public ILocator PassNote => Deal.GetByTestId("passed").GetByTestId("pass-note");

    public ILocator Notes => Deal.GetByTestId("notes").GetByTestId("note-text");

    /// <summary>The fund team's average over all dimensions, as the ratings table shows it.</summary>
    public ILocator OverallRating => Deal.GetByTestId("ratings").GetByTestId("overall");

    public ILocator History => Deal.GetByTestId("history").GetByTestId("event");

    /// <summary>Moves the deal to an open stage (a DealStage name); the deal comes back.</summary>
    public async Task MoveToAsync(string stage)
    {
        var form = Deal.GetByTestId("move-form");
        await form.Locator("#move-stage").SelectOptionAsync(stage);
        await NavigatingAsync(() => form.Locator("button[type=submit]").ClickAsync());
    }

    public async Task AddNoteAsync(string note)
    {
        var form = Deal.GetByTestId("note-form");
        await form.Locator("#Note").FillAsync(note);
        await NavigatingAsync(() => form.Locator("button[type=submit]").ClickAsync());
    }

    /// <summary>Rates the deal 1–5 on team, market, technology, traction and fit.</summary>
    public async Task RateAsync(int team, int market, int technology, int traction, int fit)
    {
        var form = Deal.GetByTestId("rating-form");
        foreach (var (dimension, score) in new[] { ("Team", team), ("Market", market), ("Technology", technology), ("Traction", traction), ("Fit", fit) })
            await form.Locator($"#{dimension}").SelectOptionAsync(score.ToString(CultureInfo.InvariantCulture));
        await NavigatingAsync(() => form.Locator("button[type=submit]").ClickAsync());
    }

    /// <summary>Passes on the deal with a structured reason (a code) and a note the founder will read.</summary>
    public async Task PassAsync(string reason, string note)
    {
        var form = Deal.GetByTestId("pass-form");
        await form.Locator("#PassReason").SelectOptionAsync(reason);
        await form.Locator("#PassNote").FillAsync(note);
        await NavigatingAsync(() => form.Locator("button[type=submit]").ClickAsync());
    }
}
