using Marketplace.Application.Funds;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The /funds filters, bound from the query string; names equal <see cref="SearchFunds.Query"/>'s.</summary>
public sealed class FundSearchForm : IQueryForm
{
    public string? Q { get; set; }
    public string? Type { get; set; }
    public string? Cluster { get; set; }
    public string? Sector { get; set; }
    public string? Stage { get; set; }
    public string? Unrestricted { get; set; }
    public string? Ticket { get; set; }
    public string? Currency { get; set; }
    public string? Verified { get; set; }
    public string? Open { get; set; }
    public string? Sort { get; set; }
    public int? Page { get; set; }

    /// <summary>What the search found; null when the filters were refused.</summary>
    [BindNever]
    public SearchFunds.Result? Results { get; set; }

    public SearchFunds.Query ToQuery() => new(Type, Cluster, Sector, Stage, Unrestricted, Ticket, Currency, Verified, Open, Q, Sort, Page);

    public bool HasFilters =>
        new[] { Q, Type, Cluster, Sector, Stage, Ticket }.Any(v => !string.IsNullOrWhiteSpace(v))
        || IsChecked(Verified) || IsChecked(Open);

    public static bool IsChecked(string? value) => value?.Trim() == SearchFunds.Yes;

    /// <summary>The filters as query values, for the pager's links (the page number is added by the pager).</summary>
    public IReadOnlyDictionary<string, string?> QueryValues() => new Dictionary<string, string?>
    {
        ["q"] = Q, ["type"] = Type, ["cluster"] = Cluster, ["sector"] = Sector, ["stage"] = Stage, ["unrestricted"] = Unrestricted,
        ["ticket"] = Ticket, ["currency"] = Currency, ["verified"] = Verified, ["open"] = Open, ["sort"] = Sort,
    };
}
