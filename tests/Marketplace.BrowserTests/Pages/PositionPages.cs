using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Pages;

/// <summary>What a poster types into the position form; codes for type, areas, cluster and degree.</summary>
public sealed record PositionInput(
    string TitleEn, string TitleZh, string DescriptionEn, string DescriptionZh, string Type, IReadOnlyList<string> ResearchAreas,
    string Skills, string Cluster, string? MinDegree = null, DateOnly? Deadline = null);

/// <summary>The form that creates a position for a startup: /positions/new?startupId=...</summary>
public sealed partial class PositionFormPage(IPage page, Guid startupId) : BasePage(page)
{
    public override string Path => $"/positions/new?startupId={startupId}";

    private ILocator Form => Page.GetByTestId("position-form");

    public async Task FillAsync(PositionInput position)
    {
        await Form.Locator("#TitleEn").FillAsync(position.TitleEn);
        await Form.Locator("#TitleZh").FillAsync(position.TitleZh);
        await Form.Locator("#DescriptionEn").FillAsync(position.DescriptionEn);
        await Form.Locator("#DescriptionZh").FillAsync(position.DescriptionZh);
        await Form.Locator("#Type").SelectOptionAsync(position.Type);
        await Form.Locator("#MinDegree").SelectOptionAsync(position.MinDegree ?? "");
        foreach (var area in position.ResearchAreas)
            await Form.Locator($"#area-{area}").CheckAsync();
        await Form.Locator("#Skills").FillAsync(position.Skills);
        await Form.Locator("#ClusterKey").SelectOptionAsync(position.Cluster);
        await Form.Locator("#Deadline").FillAsync(position.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
    }

    /// <summary>Fills the form, saves the draft and lands on the new position's page.</summary>
    public async Task<PositionPage> CreateDraftAsync(PositionInput position)
    {
        await FillAsync(position);
        await Form.Locator("button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(PositionUrl());
        return new PositionPage(Page, IdFromUrl());
    }

    [GeneratedRegex("/positions/[0-9a-f-]{36}$")]
    private static partial Regex PositionUrl();
}

/// <summary>A position's page: its facts for everyone, the apply box for researchers and posters, the posters' controls.</summary>
public sealed class PositionPage(IPage page, Guid id) : BasePage(page)
{
    public Guid Id { get; } = id;

    public override string Path => $"/positions/{Id}";

    public ILocator Title => Page.GetByTestId("position").GetByTestId("title");

    /// <summary>The moderation state (shown to posters and administrators only), localized.</summary>
    public ILocator State => Page.GetByTestId("position").GetByTestId("state");

    public ILocator Cluster => Page.GetByTestId("facts").GetByTestId("cluster");

    public ILocator Areas => Page.GetByTestId("facts").GetByTestId("area");

    private ILocator ApplyBox => Page.GetByTestId("apply-box");

    /// <summary>The number of live applications, on the poster's link to the applicants.</summary>
    public ILocator LiveApplicants => ApplyBox.GetByTestId("live-applicants");

    /// <summary>Sends the draft to the administrators; the page comes back with the new state.</summary>
    public Task SubmitForReviewAsync() =>
        NavigatingAsync(() => Page.GetByTestId("submit-form").Locator("button[type=submit]").ClickAsync());

    /// <summary>A researcher's Apply button in the apply box.</summary>
    public async Task<ApplyToPositionPage> ApplyAsync()
    {
        await ApplyBox.GetByTestId("apply").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/positions/{Id}/apply");
        return new ApplyToPositionPage(Page, Id);
    }

    /// <summary>The poster's link to the applicants in the apply box.</summary>
    public async Task<ApplicantsPage> OpenApplicantsAsync()
    {
        await ApplyBox.GetByTestId("applicants-link").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/positions/{Id}/applicants");
        return new ApplicantsPage(Page, Id);
    }
}

/// <summary>Filters of /positions as a visitor sets them (codes); null leaves a filter as it is.</summary>
public sealed record PositionFilter(string? Cluster = null, string? Area = null, string? Type = null);

/// <summary>Discovery: the published positions with their filters.</summary>
public sealed class PositionSearchPage(IPage page) : BasePage(page)
{
    public override string Path => "/positions";

    private ILocator Filters => Page.GetByTestId("position-filters");

    /// <summary>"Positions found: N" above the results.</summary>
    public ILocator Total => Page.GetByTestId("total");

    /// <summary>The shown position whose card contains the text (its title, say).</summary>
    public ILocator Card(string text) => Page.Locator("[data-testid=positions] [data-testid=position]", new PageLocatorOptions { HasText = text });

    /// <summary>Sets the filters in the form and shows the positions that match (a GET: the filters end up in the address).</summary>
    public async Task FilterAsync(PositionFilter filter)
    {
        if (filter.Cluster is { } cluster)
            await Filters.Locator("#Cluster").SelectOptionAsync(cluster);
        if (filter.Area is { } area)
            await Filters.Locator("#Area").SelectOptionAsync(area);
        if (filter.Type is { } type)
            await Filters.Locator("#Type").SelectOptionAsync(type);
        await Filters.Locator("button[type=submit]").ClickAsync();
        var expected = new Dictionary<string, string?> { ["Cluster"] = filter.Cluster, ["Area"] = filter.Area, ["Type"] = filter.Type };
        await Page.WaitForURLAsync(url =>
        {
            var query = System.Web.HttpUtility.ParseQueryString(new Uri(url).Query);
            return expected.All(e => e.Value is null || query[e.Key] == e.Value);
        });
    }

    public async Task<PositionPage> OpenAsync(string text)
    {
        var link = Card(text).GetByTestId("position-title");
        var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("A position card without a link.");
        await link.ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == href);
        return new PositionPage(Page, Guid.Parse(href.Split('/')[^1]));
    }
}
