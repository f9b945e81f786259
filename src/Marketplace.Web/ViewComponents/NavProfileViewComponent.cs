using System.Security.Claims;
using Marketplace.Application.Profiles;
using Marketplace.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.ViewComponents;

/// <summary>
/// The navigation's link to the profile, named with the published display name read at each page
/// (one small query, like the unread count beside it): the sign-in cookie's name claim would stay
/// stale after an approved rename, and re-issuing the cookie is not possible from the moderation
/// use case, which runs in the administrator's request.
/// </summary>
public sealed class NavProfileViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var name = await sender.Send(new GetMyDisplayName.Query(), HttpContext.RequestAborted)
            ?? UserClaimsPrincipal.FindFirstValue(ClaimNames.DisplayName) ?? User.Identity?.Name ?? "";
        return View(model: name);
    }
}
