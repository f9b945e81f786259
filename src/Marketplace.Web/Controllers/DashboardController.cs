using Marketplace.Application.Dashboard;
using Marketplace.Application.Researchers;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Controllers;

/// <summary>
/// The dashboard: a researcher's (profile completeness, applications) for researchers, the founder's
/// otherwise. Other roles get 403 from the founder's use case (their areas come with their issues).
/// </summary>
[Route("dashboard")]
[Authorize]
public sealed class DashboardController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        User.IsInRole(RoleNames.Researcher)
            ? View("Researcher", await sender.Send(new GetResearcherDashboard.Query(), ct))
            : View(await sender.Send(new GetFounderDashboard.Query(), ct));
}
