using Marketplace.Web.Models;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Controllers;

/// <summary>Discovery: the public list of published projects. A project's own pages live in another controller.</summary>
[Route("projects")]
public sealed class ProjectsController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ProjectSearchForm form, CancellationToken ct)
    {
        form.Results = await sender.Send(form.ToQuery(), ct);
        return View(form);
    }
}
