using Marketplace.Application.Researchers;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The /researchers filters, bound from the query string; names equal <see cref="SearchResearchers.Query"/>'s.</summary>
public sealed class ResearcherSearchForm : IQueryForm, IFormPage
{
    public string? Q { get; set; }
    public string? Area { get; set; }
    public string? Skill { get; set; }
    public string? Cluster { get; set; }
    public string? Degree { get; set; }
    public string? Relocation { get; set; }
    public string? Type { get; set; }
    public int? Page { get; set; }

    /// <summary>What the search found; null when the filters were refused.</summary>
    [BindNever]
    public SearchResearchers.Result? Results { get; set; }

    [BindNever]
    public ResearcherChoices? Choices { get; set; }

    public SearchResearchers.Query ToQuery() => new(Area, Skill, Cluster, Degree, Relocation, Type, Q, Page);

    public bool HasFilters => new[] { Q, Area, Skill, Cluster, Degree, Type }.Any(v => !string.IsNullOrWhiteSpace(v)) || IsChecked(Relocation);

    public static bool IsChecked(string? value) => value?.Trim() == SearchResearchers.Yes;

    public IReadOnlyDictionary<string, string?> QueryValues() => new Dictionary<string, string?>
    {
        ["q"] = Q, ["area"] = Area, ["skill"] = Skill, ["cluster"] = Cluster, ["degree"] = Degree, ["relocation"] = Relocation, ["type"] = Type,
    };

    /// <summary>After refused filters the page still offers its choices.</summary>
    public async Task LoadPageAsync(ISender sender, CancellationToken ct) => Choices = await sender.Send(new GetResearcherChoices.Query(), ct);
}
