using Marketplace.Application.Clusters;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Controllers;

public sealed class HomeController(ISender sender) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await sender.Send(new ListClusters.Query(), ct));

    /// <summary>The language switcher: remembers the choice in a cookie for a year and goes back where the user was.</summary>
    [HttpPost("/culture")]
    public IActionResult SetCulture(string culture, string? returnUrl)
    {
        CultureCookie.Set(Response, culture);
        return this.RedirectToLocal(returnUrl, Url.Action(nameof(Index))!);
    }

    [HttpGet("/error/{code:int?}")]
    [HttpPost("/error/{code:int?}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Error()
    {
        // The code comes from the route only: binding a parameter would read the re-executed request's
        // form, which throws again when the form was the problem (an upload over the size limit).
        var status = RouteData.Values["code"] is string code && int.TryParse(code, out var parsed) ? parsed : StatusCodes.Status500InternalServerError;
        Response.StatusCode = status;
        return View(status);
    }
}
