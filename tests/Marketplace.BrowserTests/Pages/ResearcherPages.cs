using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Pages;

/// <summary>One publication as a researcher types it into the first empty row of the profile form.</summary>
public sealed record PublicationEntry(string Title, string Venue, int Year, string Doi);

/// <summary>What a researcher fills in on the profile form; codes for areas, degree, clusters, types and visibility.</summary>
public sealed record ResearcherProfileInput(
    string HeadlineEn, string HeadlineZh, IReadOnlyList<string> ResearchAreas, string Skills, string Degree,
    PublicationEntry Publication, string Orcid, IReadOnlyList<string> DesiredClusters, IReadOnlyList<string> PositionTypes,
    string Visibility);

/// <summary>The researcher's own profile form at /researcher/profile (create and edit).</summary>
public sealed class ResearcherProfilePage(IPage page) : BasePage(page)
{
    public override string Path => "/researcher/profile";

    private ILocator Form => Page.GetByTestId("profile-form");

    /// <summary>The message shown at a field after a refused save (by the field's form name: Orcid, Publications[0].Doi...).</summary>
    public ILocator FieldError(string field) => Form.Locator($"[data-valmsg-for='{field}']");

    public ILocator Orcid => Form.Locator("#Orcid");

    /// <summary>An input of the form by its id (HeadlineZh, area-nlp, publication-0-title, visibility-hidden...).</summary>
    public ILocator Field(string id) => Form.Locator($"#{id}");

    /// <summary>The publication rows of the form: the typed ones, then empty ones to fill in.</summary>
    public ILocator PublicationRows => Form.GetByTestId("publication-row");

    /// <summary>The link to the researcher's own public page, shown once the profile is saved.</summary>
    public ILocator MyPage => Page.GetByTestId("my-page");

    public async Task FillAsync(ResearcherProfileInput profile)
    {
        await Form.Locator("#HeadlineEn").FillAsync(profile.HeadlineEn);
        await Form.Locator("#HeadlineZh").FillAsync(profile.HeadlineZh);
        foreach (var area in profile.ResearchAreas)
            await Form.Locator($"#area-{area}").CheckAsync();
        await Form.Locator("#Skills").FillAsync(profile.Skills);
        await Form.Locator("#Degree").SelectOptionAsync(profile.Degree);
        await Form.Locator("#publication-0-title").FillAsync(profile.Publication.Title);
        await Form.Locator("#publication-0-venue").FillAsync(profile.Publication.Venue);
        await Form.Locator("#publication-0-year").FillAsync(profile.Publication.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Form.Locator("#publication-0-doi").FillAsync(profile.Publication.Doi);
        await Orcid.FillAsync(profile.Orcid);
        foreach (var cluster in profile.DesiredClusters)
            await Form.Locator($"#cluster-{cluster}").CheckAsync();
        foreach (var type in profile.PositionTypes)
            await Form.Locator($"#type-{type}").CheckAsync();
        await Form.Locator($"#visibility-{profile.Visibility}").CheckAsync();
    }

    /// <summary>Submits the form; the form comes back, saved (with a flash) or with messages at the fields.</summary>
    public Task SaveAsync() => NavigatingAsync(() => Form.Locator("button[type=submit]").ClickAsync());

    /// <summary>The researcher's id (their profile's), read from the link to their page.</summary>
    public async Task<Guid> ProfileIdAsync()
    {
        var href = await MyPage.GetAttributeAsync("href") ?? throw new InvalidOperationException("No link to the profile page.");
        return Guid.Parse(href.Split('/')[^1]);
    }
}

/// <summary>The researcher search for founders and fund managers: only profiles the viewer may see.</summary>
public sealed class ResearcherSearchPage(IPage page) : BasePage(page)
{
    public override string Path => "/researchers";

    private ILocator Filters => Page.GetByTestId("researcher-filters");

    /// <summary>"Researchers found: N" above the results.</summary>
    public ILocator Total => Page.GetByTestId("total");

    /// <summary>The card of one researcher (by their id), whether or not it is shown.</summary>
    public ILocator Card(Guid researcherId) => Page.Locator($"[data-testid=researchers] [data-testid=researcher][data-researcher='{researcherId}']");

    /// <summary>Searches headlines, summaries and affiliations for the text (a GET: the text ends up in the address).</summary>
    public async Task SearchAsync(string text)
    {
        await Filters.Locator("#Q").FillAsync(text);
        await Filters.Locator("button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => System.Web.HttpUtility.ParseQueryString(new Uri(url).Query)["Q"] == text);
    }
}

/// <summary>A researcher's page, /researchers/{id}: shown only to those the profile's visibility lets see it.</summary>
public sealed class ResearcherPage(IPage page, Guid id) : BasePage(page)
{
    public override string Path => $"/researchers/{id}";

    /// <summary>Visits the page and answers the HTTP status it came with (404 for a profile the viewer may not see).</summary>
    public async Task<int> VisitAsync()
    {
        var response = await Page.GotoAsync(Path) ?? throw new InvalidOperationException($"GET {Path} gave no response.");
        return response.Status;
    }
}
