using Marketplace.Application.Funds.Pipeline;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The pipeline list's filters, from the query string; names equal <see cref="ListDeals.Query"/>'s.</summary>
public sealed class DealListForm : IQueryForm, IFormPage
{
    [FromRoute(Name = "fundId")]
    public Guid FundId { get; set; }

    public string? Stage { get; set; }
    public string? Assignee { get; set; }
    public string? Sector { get; set; }
    public string? Q { get; set; }
    public int? Page { get; set; }

    [BindNever]
    public ListDeals.Result? Results { get; set; }

    /// <summary>Set when the filters were refused: the page then shows the filters with their messages, and no deals.</summary>
    [BindNever]
    public bool Refused { get; set; }

    public ListDeals.Query ToQuery() => new(FundId, Stage, Assignee, Sector, Q, Page);

    public IReadOnlyDictionary<string, string?> QueryValues() => new Dictionary<string, string?>
    {
        ["stage"] = Stage, ["assignee"] = Assignee, ["sector"] = Sector, ["q"] = Q,
    };

    // The frame of the page (fund name, team, sectors) comes from an unfiltered read.
    public async Task LoadPageAsync(ISender sender, CancellationToken ct)
    {
        Refused = true;
        Results = await sender.Send(new ListDeals.Query(FundId), ct);
    }
}
