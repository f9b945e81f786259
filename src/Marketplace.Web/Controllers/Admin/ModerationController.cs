using Marketplace.Application.Moderation;
using Marketplace.Domain.Common;
using Marketplace.Web.Models;
using Marketplace.Web.Resources;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Controllers.Admin;

[Route("admin/moderation")]
[Authorize(Roles = RoleNames.Admin)]
public sealed class ModerationController(ISender sender, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? contentType, int? page, CancellationToken ct)
    {
        ViewData["ContentType"] = contentType;
        return View(await sender.Send(new GetModerationQueue.Query(contentType, page), ct));
    }

    [HttpGet("{requestId:guid}")]
    public async Task<IActionResult> Details(Guid requestId, CancellationToken ct) =>
        View(ModerationDecisionForm.From(await sender.Send(new GetModerationRequest.Query(requestId), ct)));

    [HttpPost("{requestId:guid}")]
    public async Task<IActionResult> Details(Guid requestId, ModerationDecisionForm form, CancellationToken ct)
    {
        form.RequestId = requestId;
        await sender.Send(form.ToCommand(requestId), ct);
        TempData["Flash"] = text["Moderation.Decided"].Value;
        return RedirectToAction(nameof(Index));
    }
}
