using Marketplace.Application.Positions.Applications;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.ViewComponents;

/// <summary>
/// The position page's application box: for a researcher the Apply button or where their application
/// stands; for the poster a link to the applicants with the number of live ones; nothing for anyone else.
/// </summary>
public sealed class PositionApplyBoxViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid positionId)
    {
        if (User.Identity?.IsAuthenticated != true)
            return Content(string.Empty);
        var box = await sender.Send(new GetPositionApplyBox.Query(positionId), HttpContext.RequestAborted);
        return box.Kind == ApplyBoxKind.None ? Content(string.Empty) : View(box);
    }
}
