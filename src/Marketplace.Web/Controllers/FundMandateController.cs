using Marketplace.Application.Funds;
using Marketplace.Web.Models;
using Marketplace.Web.Resources;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Controllers;

/// <summary>
/// A fund's mandate: the form for its partners, and the founders' "does my project fit?" check.
/// (The fund's own pages are the funds controller's; its public page shows the mandate through the
/// FundMandate view component.)
/// </summary>
[Authorize]
[Route("funds/{fundId:guid}")]
public sealed class FundMandateController(ISender sender, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("mandate")]
    public async Task<IActionResult> Mandate(Guid fundId, CancellationToken ct) =>
        View(MandateForm.From(await sender.Send(new GetMandateForEdit.Query(fundId), ct)));

    /// <summary>The form's FundId binds from the route, so a refused post reloads the right fund's page.</summary>
    [HttpPost("mandate")]
    public async Task<IActionResult> Mandate(Guid fundId, MandateForm form, CancellationToken ct)
    {
        form.FundId = fundId;
        await sender.Send(form.ToCommand(fundId), ct);
        TempData["Flash"] = text["Mandate.Saved"].Value;
        return RedirectToAction(nameof(Mandate), new { fundId });
    }

    [HttpGet("fit")]
    public async Task<IActionResult> Fit(Guid fundId, Guid? projectId, CancellationToken ct) =>
        View(await sender.Send(new CheckMandateFit.Query(fundId, projectId), ct));
}
