using System.Globalization;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Controllers;

/// <summary>The footer's pages: about, terms of use, privacy notice and contact, in the reader's language.</summary>
public sealed class SitePagesController(IOptions<SiteOptions> site) : Controller
{
    [HttpGet("/about")]
    public IActionResult About() => View(Model());

    [HttpGet("/terms")]
    public IActionResult Terms() => View(Model());

    [HttpGet("/privacy")]
    public IActionResult Privacy() => View(Model());

    [HttpGet("/contact")]
    public IActionResult Contact() => View(Model());

    private SitePageModel Model()
    {
        var chinese = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
        return new SitePageModel(site.Value.Operator(chinese), site.Value.ContactEmail);
    }
}
