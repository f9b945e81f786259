using System.Globalization;
using Marketplace.Application.Researchers;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The researcher's profile form; names equal <see cref="SaveResearcherProfile.Command"/>'s.</summary>
public sealed class ResearcherProfileForm : IFormPage
{
    /// <summary>Empty rows offered under the saved publications (a save can add this many at a time).</summary>
    public const int EmptyPublicationRows = 5;

    public string? HeadlineEn { get; set; }
    public string? HeadlineZh { get; set; }
    public string? SummaryEn { get; set; }
    public string? SummaryZh { get; set; }
    public string? AffiliationEn { get; set; }
    public string? AffiliationZh { get; set; }
    public string? AffiliationType { get; set; }
    public List<string> ResearchAreas { get; set; } = [];
    public string? Skills { get; set; }
    public string? Degree { get; set; }
    public int? YearsExperience { get; set; }
    public List<PublicationRow> Publications { get; set; } = [];
    public string? Orcid { get; set; }
    public string? Links { get; set; }
    public List<string> DesiredClusterKeys { get; set; } = [];
    public bool OpenToRelocation { get; set; }
    public List<string> PositionTypes { get; set; } = [];
    public DateOnly? AvailableFrom { get; set; }
    public long? SalaryExpectationAmount { get; set; }
    public string? SalaryExpectationCurrency { get; set; }
    public string Visibility { get; set; } = "";
    public int? Version { get; set; }

    [BindNever]
    public ResearcherChoices? Choices { get; set; }

    /// <summary>The owner's id, for the link to the page others see. Never bound from the form.</summary>
    [BindNever]
    public Guid? ProfileId { get; set; }

    public bool IsNew => Version is null;

    /// <summary>
    /// The saved or posted rows, then empty ones to fill in. A refused form posts its empty rows too: those after
    /// the last filled one are dropped, or every refusal would add five more. Blank rows carry no messages, and
    /// the rows kept keep their index, so each message stays at the row it belongs to.
    /// </summary>
    public IReadOnlyList<PublicationRow> PublicationRows =>
        Publications.Take(Publications.FindLastIndex(r => !IsBlank(r)) + 1)
            .Concat(Enumerable.Range(0, EmptyPublicationRows).Select(_ => new PublicationRow())).ToList();

    private static bool IsBlank(PublicationRow? row) =>
        row is null || new PublicationInput(row.Title, row.Venue, row.Year, row.Doi, row.Url).IsBlank;

    public static ResearcherProfileForm From(ResearcherProfileEdit p) => new()
    {
        HeadlineEn = p.HeadlineEn,
        HeadlineZh = p.HeadlineZh,
        SummaryEn = p.SummaryEn,
        SummaryZh = p.SummaryZh,
        AffiliationEn = p.AffiliationEn,
        AffiliationZh = p.AffiliationZh,
        AffiliationType = p.AffiliationType,
        ResearchAreas = [.. p.ResearchAreas],
        Skills = string.Join(", ", p.Skills),
        Degree = p.Degree,
        YearsExperience = p.YearsExperience,
        Publications = p.Publications.Select(x => new PublicationRow { Title = x.Title, Venue = x.Venue, Year = x.Year, Doi = x.Doi, Url = x.Url }).ToList(),
        Orcid = p.Orcid,
        Links = string.Join("\n", p.Links),
        DesiredClusterKeys = [.. p.DesiredClusterKeys],
        OpenToRelocation = p.OpenToRelocation,
        PositionTypes = [.. p.PositionTypes],
        AvailableFrom = p.AvailableFrom,
        SalaryExpectationAmount = p.SalaryExpectationAmount,
        SalaryExpectationCurrency = p.SalaryExpectationCurrency,
        Visibility = p.Visibility,
        Version = p.Version,
        Choices = p.Choices,
        ProfileId = p.Version is null ? null : p.Id,
    };

    public SaveResearcherProfile.Command ToCommand() => new(
        HeadlineEn, HeadlineZh, SummaryEn, SummaryZh, AffiliationEn, AffiliationZh, AffiliationType, ResearchAreas ?? [], Skills, Degree,
        YearsExperience, (Publications ?? []).Select(r => new PublicationInput(r.Title, r.Venue, r.Year, r.Doi, r.Url)).ToList(), Orcid, Links,
        DesiredClusterKeys ?? [], OpenToRelocation, PositionTypes ?? [], AvailableFrom, SalaryExpectationAmount, SalaryExpectationCurrency,
        Visibility ?? "", Version);

    public string? AvailableFromValue => AvailableFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) => Choices = await sender.Send(new GetResearcherChoices.Query(), ct);
}
