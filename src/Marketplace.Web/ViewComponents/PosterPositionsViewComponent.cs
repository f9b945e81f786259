using Marketplace.Application.Positions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.ViewComponents;

/// <summary>
/// The open positions of a startup or a fund, on its public page, through the same search as
/// /positions; its team also gets the way to post one and to their list of every state.
/// </summary>
public sealed class PosterPositionsViewComponent(ISender sender) : ViewComponent
{
    public const int Count = 20;

    public async Task<IViewComponentResult> InvokeAsync(Guid? startupId, Guid? fundId, bool canPost)
    {
        var result = await sender.Send(new SearchPositions.Query(StartupId: startupId, FundId: fundId, PageSize: Count), HttpContext.RequestAborted);
        ViewData["NewPositionUrl"] = !canPost ? null
            : startupId is { } s ? Url.Action(nameof(Controllers.PositionPagesController.New), "PositionPages", new { startupId = s })
            : Url.Action(nameof(Controllers.PositionPagesController.New), "PositionPages", new { fundId });
        return View(result);
    }
}
