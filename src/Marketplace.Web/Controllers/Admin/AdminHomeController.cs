using Marketplace.Application.Administration;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Controllers.Admin;

/// <summary>The administrator's home: the moderation queue, recent sign-ups, suspended accounts and failed jobs.</summary>
[Route("admin")]
[Authorize(Roles = RoleNames.Admin)]
public sealed class AdminHomeController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await sender.Send(new GetAdminOverview.Query(), ct));
}
