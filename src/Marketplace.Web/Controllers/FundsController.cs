using Marketplace.Web.Models;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Controllers;

/// <summary>Discovery: the public list of funds. A fund's own pages live in another controller.</summary>
[Route("funds")]
public sealed class FundsController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] FundSearchForm form, CancellationToken ct)
    {
        form.Results = await sender.Send(form.ToQuery(), ct);
        return View(form);
    }
}
