using Marketplace.Application.Auditing;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Controllers.Admin;

[Route("admin/audit")]
[Authorize(Roles = RoleNames.Admin)]
public sealed class AuditController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? entityType, string? entityId, int? page, CancellationToken ct)
    {
        ViewData["EntityType"] = entityType;
        ViewData["EntityId"] = entityId;
        return View(await sender.Send(new GetAuditLog.Query(entityType, entityId, page), ct));
    }
}
