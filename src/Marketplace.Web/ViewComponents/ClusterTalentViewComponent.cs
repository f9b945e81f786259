using Marketplace.Application.Researchers;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.ViewComponents;

/// <summary>A cluster page's count of researchers (profiles that are not hidden) who would like to work there.</summary>
public sealed class ClusterTalentViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string clusterKey)
    {
        ViewData["ClusterKey"] = clusterKey;
        return View(await sender.Send(new CountClusterTalent.Query(clusterKey), HttpContext.RequestAborted));
    }
}
