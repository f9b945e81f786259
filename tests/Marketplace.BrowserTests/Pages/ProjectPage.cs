using System.Globalization;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Pages;

/// <summary>
/// A fundraising project's page: the public part for everyone, the confidential part for those
/// allowed, and for its owners the state, the controls (edit, confidential figures, submit) and the history.
/// </summary>
public sealed class ProjectPage(IPage page, Guid id) : BasePage(page)
{
    public Guid Id { get; } = id;

    public override string Path => $"/projects/{Id}";

    public ILocator Title => Page.GetByTestId("title");

    public ILocator Startup => Page.GetByTestId("project").GetByTestId("startup");

    /// <summary>The moderation state's name (shown to owners and administrators only).</summary>
    public ILocator State => Page.GetByTestId("state");

    public ILocator PublicPart => Page.GetByTestId("public-part");

    public ILocator Amount => Page.GetByTestId("amount");

    public ILocator Instrument => Page.GetByTestId("instrument");

    public ILocator Stage => Page.GetByTestId("stage");

    public ILocator Summary => Page.GetByTestId("summary");

    public ILocator TractionRow(string metric) => Page.Locator($"[data-testid=traction] tr[data-metric='{metric}']");

    /// <summary>The confidential part (valuation, revenue, burn, runway, deck).</summary>
    public ILocator Confidential => Page.GetByTestId("confidential");

    public ILocator Valuation => Confidential.GetByTestId("valuation");

    public ILocator Runway => Confidential.GetByTestId("runway");

    /// <summary>The note that tells a visitor the confidential part exists but is not for them.</summary>
    public ILocator ConfidentialHidden => Page.GetByTestId("confidential-hidden");

    public ILocator OwnerControls => Page.GetByTestId("owner-controls");

    /// <summary>The owner's note that the project waits for an administrator.</summary>
    public ILocator InReview => Page.GetByTestId("in-review");

    public async Task<ConfidentialPage> EditConfidentialAsync()
    {
        await Page.GetByTestId("confidential-link").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/projects/{Id}/confidential");
        return new ConfidentialPage(Page, Id);
    }

    /// <summary>Sends the draft to the administrators; the page comes back with the new state.</summary>
    public Task SubmitForReviewAsync() =>
        NavigatingAsync(() => Page.GetByTestId("submit-form").Locator("button[type=submit]").ClickAsync());
}

/// <summary>The owners' form for a project's confidential figures (and its pitch deck).</summary>
public sealed class ConfidentialPage(IPage page, Guid projectId) : BasePage(page)
{
    public override string Path => $"/projects/{projectId}/confidential";

    private ILocator Form => Page.GetByTestId("confidential-form");

    /// <summary>Fills part of the figures (the pre-money valuation and the runway) and saves them.</summary>
    public async Task SaveAsync(long valuation, string currency, int runwayMonths)
    {
        await Form.Locator("#PreMoneyValuationAmount").FillAsync(valuation.ToString(CultureInfo.InvariantCulture));
        await Form.Locator("#PreMoneyValuationCurrency").SelectOptionAsync(currency);
        await Form.Locator("#RunwayMonths").FillAsync(runwayMonths.ToString(CultureInfo.InvariantCulture));
        await NavigatingAsync(() => Form.Locator("button[type=submit]").ClickAsync());
    }

    /// <summary>Back to the project through the breadcrumb.</summary>
    public async Task<ProjectPage> BackToProjectAsync()
    {
        await Page.Locator($"nav[aria-label=breadcrumb] a[href='/projects/{projectId}']").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/projects/{projectId}");
        return new ProjectPage(Page, projectId);
    }
}
