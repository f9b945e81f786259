using Marketplace.Application.Notifications;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Controllers;

/// <summary>The signed-in user's notifications, newest first; read one or all of them.</summary>
[Route("notifications")]
[Authorize]
public sealed class NotificationsController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) => View(await sender.Send(new ListMyNotifications.Query(Page: page), ct));

    [HttpPost("{id:guid}/read")]
    public async Task<IActionResult> Read(Guid id, int? page, CancellationToken ct)
    {
        await sender.Send(new MarkNotificationsRead.Command(id), ct);
        return RedirectToAction(nameof(Index), page is > 1 ? new { page } : null);
    }

    /// <summary>Follows a notification's link and marks it read; only local links are followed.</summary>
    [HttpGet("{id:guid}/open")]
    public async Task<IActionResult> Open(Guid id, CancellationToken ct)
    {
        var link = await sender.Send(new OpenNotification.Command(id), ct);
        return this.RedirectToLocal(link, Url.Action(nameof(Index))!);
    }

    [HttpPost("read-all")]
    public async Task<IActionResult> ReadAll(CancellationToken ct)
    {
        await sender.Send(new MarkNotificationsRead.Command(null), ct);
        return RedirectToAction(nameof(Index));
    }
}
