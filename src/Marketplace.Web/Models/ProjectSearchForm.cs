using Marketplace.Application.Projects;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The /projects filters, bound from the query string; names equal <see cref="SearchProjects.Query"/>'s.</summary>
public sealed class ProjectSearchForm : IQueryForm
{
    public string? Q { get; set; }
    public string? Cluster { get; set; }
    public string? Mode { get; set; }
    public string? Sector { get; set; }
    public string? Stage { get; set; }
    public string? Instrument { get; set; }
    public string? MinAmount { get; set; }
    public string? MaxAmount { get; set; }
    public string? Currency { get; set; }
    public string? Sort { get; set; }
    public int? Page { get; set; }

    /// <summary>What the search found; null when the filters were refused.</summary>
    [BindNever]
    public SearchProjects.Result? Results { get; set; }

    public SearchProjects.Query ToQuery() =>
        new(Cluster, Mode, Sector, Stage, Instrument, MinAmount, MaxAmount, Currency, Q, Sort, Page);

    public bool HasFilters =>
        new[] { Q, Cluster, Mode, Sector, Stage, Instrument, MinAmount, MaxAmount }.Any(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>The filters as query values, for the pager's links (the page number is added by the pager).</summary>
    public IReadOnlyDictionary<string, string?> QueryValues() => new Dictionary<string, string?>
    {
        ["q"] = Q, ["cluster"] = Cluster, ["mode"] = Mode, ["sector"] = Sector, ["stage"] = Stage, ["instrument"] = Instrument,
        ["minAmount"] = MinAmount, ["maxAmount"] = MaxAmount, ["currency"] = Currency, ["sort"] = Sort,
    };
}
