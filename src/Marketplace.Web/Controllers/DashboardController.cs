using Marketplace.Application.Dashboard;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Controllers;

/// <summary>The founder's dashboard. Other roles get 403 (their areas come with their issues), as on every founder page.</summary>
[Route("dashboard")]
[Authorize]
public sealed class DashboardController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await sender.Send(new GetFounderDashboard.Query(), ct));
}
