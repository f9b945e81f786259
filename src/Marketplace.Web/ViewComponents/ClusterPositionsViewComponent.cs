using Marketplace.Application.Positions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.ViewComponents;

/// <summary>A cluster page's latest open positions (posted in that cluster), through the same search as /positions.</summary>
public sealed class ClusterPositionsViewComponent(ISender sender) : ViewComponent
{
    public const int Count = 5;

    public async Task<IViewComponentResult> InvokeAsync(string clusterKey)
    {
        var result = await sender.Send(new SearchPositions.Query(Cluster: clusterKey, PageSize: Count), HttpContext.RequestAborted);
        ViewData["ClusterKey"] = clusterKey;
        return View(result);
    }
}
