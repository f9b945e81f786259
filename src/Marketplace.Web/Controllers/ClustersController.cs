using Marketplace.Application.Clusters;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Controllers;

[Route("clusters")]
public sealed class ClustersController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? mode, CancellationToken ct)
    {
        ViewData["Mode"] = mode;
        return View(await sender.Send(new ListClusters.Query(mode), ct));
    }

    [HttpGet("{key}")]
    public async Task<IActionResult> Details(string key, CancellationToken ct) => View(await sender.Send(new GetCluster.Query(key), ct));
}
