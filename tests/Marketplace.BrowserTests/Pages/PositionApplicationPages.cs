using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Pages;

/// <summary>A researcher's application form for a position: the profile-sharing sentence, then a note.</summary>
public sealed partial class ApplyToPositionPage(IPage page, Guid positionId) : BasePage(page)
{
    public override string Path => $"/positions/{positionId}/apply";

    private ILocator Form => Page.GetByTestId("apply-form");

    /// <summary>The sentence that says applying shares the profile with the poster.</summary>
    public ILocator Consent => Form.GetByTestId("consent");

    /// <summary>Sends the application with the note; the new application's page comes back.</summary>
    public async Task<MyApplicationPage> SendAsync(string note)
    {
        await Form.Locator("#Note").FillAsync(note);
        await Form.Locator("button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(ApplicationUrl());
        return new MyApplicationPage(Page, IdFromUrl());
    }

    [GeneratedRegex("/researcher/applications/[0-9a-f-]{36}$")]
    private static partial Regex ApplicationUrl();
}

/// <summary>A researcher's applications to positions, with their stage.</summary>
public sealed class MyApplicationsPage(IPage page) : BasePage(page)
{
    public override string Path => "/researcher/applications";

    /// <summary>The application to the position whose title contains the text.</summary>
    public ILocator Application(string text) =>
        Page.Locator("[data-testid=applications] [data-testid=application]", new PageLocatorOptions { HasText = text });

    /// <summary>The localized stage of the application to the position whose title contains the text.</summary>
    public ILocator StageOf(string text) => Application(text).GetByTestId("stage");

    /// <summary>The link to the conversation with the poster, once the application reached Interview.</summary>
    public ILocator ConversationLinkOf(string text) => Application(text).GetByTestId("conversation-link");

    public async Task<ConversationPage> OpenConversationAsync(string text)
    {
        await ConversationLinkOf(text).ClickAsync();
        return await ConversationPage.LandedOnAsync(Page);
    }
}

/// <summary>One of the researcher's applications: stage, note, history, withdrawal.</summary>
public sealed class MyApplicationPage(IPage page, Guid id) : BasePage(page)
{
    public Guid Id { get; } = id;

    public override string Path => $"/researcher/applications/{Id}";

    public ILocator Stage => Page.GetByTestId("application").GetByTestId("stage");

    public ILocator Note => Page.GetByTestId("application").GetByTestId("note");
}

/// <summary>The poster's list of a position's applicants, filterable by stage.</summary>
public sealed partial class ApplicantsPage(IPage page, Guid positionId) : BasePage(page)
{
    public override string Path => $"/positions/{positionId}/applicants";

    /// <summary>The row of the applicant whose name (or headline) contains the text.</summary>
    public ILocator Applicant(string text) =>
        Page.Locator("[data-testid=applicants] [data-testid=applicant]", new PageLocatorOptions { HasText = text });

    public async Task<ApplicantPage> OpenAsync(string text)
    {
        await Applicant(text).GetByTestId("name").ClickAsync();
        await Page.WaitForURLAsync(ApplicantUrl());
        return new ApplicantPage(Page, positionId, IdFromUrl());
    }

    [GeneratedRegex("/positions/[0-9a-f-]{36}/applicants/[0-9a-f-]{36}$")]
    private static partial Regex ApplicantUrl();
}

/// <summary>One applicant as the poster sees them: note, shared profile, history, and the moves.</summary>
public sealed class ApplicantPage(IPage page, Guid positionId, Guid applicationId) : BasePage(page)
{
    public override string Path => $"/positions/{positionId}/applicants/{applicationId}";

    private ILocator Applicant => Page.GetByTestId("applicant");

    public ILocator Stage => Applicant.Locator("header [data-testid=stage]");

    public ILocator Note => Applicant.GetByTestId("note");

    /// <summary>The applicant's profile as the application shares it.</summary>
    public ILocator Profile => Applicant.GetByTestId("profile");

    public ILocator History => Applicant.GetByTestId("history").GetByTestId("event");

    public ILocator ConversationLink => Applicant.GetByTestId("conversation-link");

    /// <summary>Moves the application forward to a stage (an ApplicationStage name); the applicant's page comes back.</summary>
    public async Task MoveToAsync(string stage)
    {
        var form = Applicant.GetByTestId("move-form");
        await form.Locator("#move-stage").SelectOptionAsync(stage);
        await NavigatingAsync(() => form.Locator("button[type=submit]").ClickAsync());
    }

    public async Task<ConversationPage> OpenConversationAsync()
    {
        await ConversationLink.ClickAsync();
        return await ConversationPage.LandedOnAsync(Page);
    }
}
