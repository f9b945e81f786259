using Marketplace.Application.Funds;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.ViewComponents;

/// <summary>A cluster page's funds (their home cluster), by name, through the same search as /funds.</summary>
public sealed class ClusterFundsViewComponent(ISender sender) : ViewComponent
{
    public const int Count = 5;

    public async Task<IViewComponentResult> InvokeAsync(string clusterKey)
    {
        var result = await sender.Send(new SearchFunds.Query(Cluster: clusterKey, PageSize: Count), HttpContext.RequestAborted);
        ViewData["ClusterKey"] = clusterKey;
        return View(result.Funds);
    }
}
