using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Pages;

/// <summary>What a founder types into the project form: codes for currency, instrument, stage and metrics.</summary>
public sealed record ProjectInput(
    string TitleZh, string? TitleEn, string SummaryZh, long Amount, string Currency, string Instrument, string Stage,
    string? UseOfFundsZh = null, IReadOnlyList<(string Metric, long Value)>? Traction = null);

/// <summary>The form that creates a draft fundraising project of a startup.</summary>
public sealed partial class ProjectFormPage(IPage page, Guid startupId) : BasePage(page)
{
    public override string Path => $"/projects/new?startupId={startupId}";

    private ILocator Form => Page.GetByTestId("project-form");

    public async Task FillAsync(ProjectInput project)
    {
        await Form.Locator("#TitleZh").FillAsync(project.TitleZh);
        await Form.Locator("#TitleEn").FillAsync(project.TitleEn ?? "");
        await Form.Locator("#SummaryZh").FillAsync(project.SummaryZh);
        await Form.Locator("#SeekingAmount").FillAsync(project.Amount.ToString(CultureInfo.InvariantCulture));
        await Form.Locator("#SeekingCurrency").SelectOptionAsync(project.Currency);
        await Form.Locator("#Instrument").SelectOptionAsync(project.Instrument);
        await Form.Locator("#Stage").SelectOptionAsync(project.Stage);
        await Form.Locator("#UseOfFundsZh").FillAsync(project.UseOfFundsZh ?? "");
        var traction = project.Traction ?? [];
        for (var i = 0; i < traction.Count; i++)
        {
            await Form.Locator($"#traction-{i}-metric").SelectOptionAsync(traction[i].Metric);
            await Form.Locator($"#traction-{i}-value").FillAsync(traction[i].Value.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Fills the form, saves the draft and lands on the project's page.</summary>
    public async Task<ProjectPage> CreateDraftAsync(ProjectInput project)
    {
        await FillAsync(project);
        await Form.Locator("button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(ProjectUrl());
        return new ProjectPage(Page, IdFromUrl());
    }

    [GeneratedRegex("/projects/[0-9a-f-]{36}$")]
    private static partial Regex ProjectUrl();
}
