using Marketplace.Application.Conversations;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.ViewComponents;

/// <summary>The navigation's link to the conversations, with the number of unread messages.</summary>
public sealed class UnreadMessagesViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await sender.Send(new CountMyUnreadMessages.Query(), HttpContext.RequestAborted));
}
