using Marketplace.Application.Clusters;
using Mediator;
using Marketplace.Web.Infrastructure;
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
        if (CultureCookie.IsSupported(culture))
            CultureCookie.Append(Response, culture);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    [HttpGet("/error/{code:int?}")]
    [HttpPost("/error/{code:int?}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Error(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = status;
        return View(status);
    }
}
