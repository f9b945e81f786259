using Marketplace.Application.Common;
using Marketplace.Application.Positions;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The /positions filters, bound from the query string; names equal <see cref="SearchPositions.Query"/>'s.</summary>
public sealed class PositionSearchForm : IQueryForm
{
    public string? Q { get; set; }
    public string? Cluster { get; set; }
    public string? Mode { get; set; }
    public string? Type { get; set; }
    public string? Area { get; set; }
    public string? Skill { get; set; }
    public bool? Remote { get; set; }
    public string? Degree { get; set; }
    public int? Page { get; set; }

    /// <summary>What the search found; null when the filters were refused.</summary>
    [BindNever]
    public PagedList<PositionCard>? Results { get; set; }

    public SearchPositions.Query ToQuery() => new(Cluster, Mode, Type, Area, Skill, Remote, Degree, Q, Page: Page);

    public bool HasFilters =>
        Remote is not null || new[] { Q, Cluster, Mode, Type, Area, Skill, Degree }.Any(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>The filters as query values, for the pager's links (the page number is added by the pager).</summary>
    public IReadOnlyDictionary<string, string?> QueryValues() => new Dictionary<string, string?>
    {
        ["q"] = Q, ["cluster"] = Cluster, ["mode"] = Mode, ["type"] = Type, ["area"] = Area, ["skill"] = Skill,
        ["remote"] = Remote is { } r ? (r ? "true" : "false") : null, ["degree"] = Degree,
    };
}
