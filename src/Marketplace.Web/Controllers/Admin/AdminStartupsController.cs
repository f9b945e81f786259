using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Web.Resources;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Controllers.Admin;

/// <summary>Administrators give a startup the verified badge (its founders then count as a verified organisation), or take it away.</summary>
[Route("admin/startups")]
[Authorize(Roles = RoleNames.Admin)]
public sealed class AdminStartupsController(ISender sender, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpPost("{id:guid}/verify")]
    public async Task<IActionResult> Verify(Guid id, bool verified, CancellationToken ct)
    {
        await sender.Send(new SetStartupVerified.Command(id, verified), ct);
        TempData["Flash"] = text[verified ? "Startups.VerifiedFlash" : "Startups.UnverifiedFlash"].Value;
        return RedirectToAction(nameof(StartupsController.Details), "Startups", new { id });
    }
}
