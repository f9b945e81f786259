using Marketplace.Application.Dashboard;
using Marketplace.Application.Links;
using Marketplace.Application.Researchers;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Controllers;

/// <summary>
/// The dashboard: a researcher's (profile completeness, applications, recommended positions) for researchers,
/// a fund manager's (their funds and each one's recommended projects) for fund managers, the founder's
/// otherwise. Administrators have a home of their own, /admin, where this sends them.
/// </summary>
[Route(SiteRoutes.Dashboard)]
[Authorize]
public sealed class DashboardController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        User.IsInRole(RoleNames.Admin) ? RedirectToAction("Index", "AdminHome")
        : User.IsInRole(RoleNames.Researcher) ? View("Researcher", await sender.Send(new GetResearcherDashboard.Query(), ct))
        : User.IsInRole(RoleNames.FundManager) ? View("FundManager", await sender.Send(new GetFundManagerDashboard.Query(), ct))
        : View(await sender.Send(new GetFounderDashboard.Query(), ct));
}
