using Marketplace.Application.Projects;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.ViewComponents;

/// <summary>A cluster page's latest published projects (the startup's cluster), through the same search as /projects.</summary>
public sealed class ClusterProjectsViewComponent(ISender sender) : ViewComponent
{
    public const int Count = 5;

    public async Task<IViewComponentResult> InvokeAsync(string clusterKey)
    {
        var result = await sender.Send(new SearchProjects.Query(Cluster: clusterKey, PageSize: Count), HttpContext.RequestAborted);
        ViewData["ClusterKey"] = clusterKey;
        return View(result.Projects);
    }
}
