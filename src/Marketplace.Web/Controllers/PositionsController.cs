using Marketplace.Application.Positions;
using Marketplace.Web.Models;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Controllers;

/// <summary>Discovery of open positions, and the posters' own list. A position's pages live in another controller.</summary>
[Route("positions")]
public sealed class PositionsController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] PositionSearchForm form, CancellationToken ct)
    {
        form.Results = await sender.Send(form.ToQuery(), ct);
        return View(form);
    }

    [Authorize]
    [HttpGet("mine")]
    public async Task<IActionResult> Mine(int? page, CancellationToken ct) =>
        View(await sender.Send(new ListMyPositions.Query(page), ct));
}
