using Marketplace.Application.Clusters;
using Marketplace.Domain.Common;
using Marketplace.Web.Models;
using Marketplace.Web.Resources;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Controllers.Admin;

[Route("admin/clusters")]
[Authorize(Roles = RoleNames.Admin)]
public sealed class AdminClustersController(ISender sender, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await sender.Send(new ListClusters.Query(), ct));

    [HttpGet("new")]
    public IActionResult New() => View(new ClusterForm());

    [HttpPost("new")]
    public async Task<IActionResult> New(ClusterForm form, CancellationToken ct)
    {
        var key = await sender.Send(form.ToCreateCommand(), ct);
        TempData["Flash"] = text["AdminClusters.Created"].Value;
        return RedirectToAction(nameof(ClustersController.Details), "Clusters", new { key });
    }

    [HttpGet("{key}/edit")]
    public async Task<IActionResult> Edit(string key, CancellationToken ct) => View(ClusterForm.From(await sender.Send(new GetCluster.Query(key), ct)));

    [HttpPost("{key}/edit")]
    public async Task<IActionResult> Edit(string key, ClusterForm form, CancellationToken ct)
    {
        form.Key = key;
        await sender.Send(form.ToUpdateCommand(key), ct);
        TempData["Flash"] = text["AdminClusters.Saved"].Value;
        return RedirectToAction(nameof(ClustersController.Details), "Clusters", new { key });
    }

    /// <summary>Queues the cluster-count job now instead of waiting for its schedule.</summary>
    [HttpPost("refresh-statistics")]
    public async Task<IActionResult> RefreshStatistics(CancellationToken ct)
    {
        await sender.Send(new RequestClusterStatisticsRefresh.Command(), ct);
        TempData["Flash"] = text["AdminClusters.RefreshQueued"].Value;
        return RedirectToAction(nameof(Index));
    }
}
