using Marketplace.Application.Notifications;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.ViewComponents;

/// <summary>The navigation's link to the notifications, with the number of unread ones (the layout shows it to signed-in users).</summary>
public sealed class UnreadNotificationsViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await sender.Send(new CountMyUnreadNotifications.Query(), HttpContext.RequestAborted));
}
