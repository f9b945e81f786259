using Marketplace.Application.Researchers;
using Marketplace.Domain.Common;
using Marketplace.Web.Models;
using Marketplace.Web.Resources;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Controllers;

/// <summary>
/// Researcher profiles: the researcher edits their own at /researcher/profile; founders, fund
/// managers and administrators search them at /researchers; a profile's page is shown to whoever
/// may see it (the use case answers 404 to anyone else); skill suggestions for the forms.
/// </summary>
public sealed class ResearchersController(ISender sender, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("researcher/profile")]
    [Authorize(Roles = RoleNames.Researcher)]
    public async Task<IActionResult> Profile(CancellationToken ct) =>
        View(ResearcherProfileForm.From(await sender.Send(new GetMyResearcherProfile.Query(), ct)));

    [HttpPost("researcher/profile")]
    [Authorize(Roles = RoleNames.Researcher)]
    public async Task<IActionResult> Profile(ResearcherProfileForm form, CancellationToken ct)
    {
        await sender.Send(form.ToCommand(), ct);
        TempData["Flash"] = text["Researcher.Saved"].Value;
        return RedirectToAction(nameof(Profile));
    }

    [HttpGet("researchers")]
    [Authorize(Roles = RoleNames.Founder + "," + RoleNames.FundManager + "," + RoleNames.Admin)]
    public async Task<IActionResult> Index([FromQuery] ResearcherSearchForm form, CancellationToken ct)
    {
        form.Results = await sender.Send(form.ToQuery(), ct);
        form.Choices = form.Results.Choices;
        return View(form);
    }

    [HttpGet("researchers/{id:guid}")]
    [Authorize]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) => View(await sender.Send(new GetResearcherProfile.Query(id), ct));

    [HttpGet("skills/suggest")]
    [Authorize]
    public async Task<IActionResult> SuggestSkills(string? q, CancellationToken ct) => Json(await sender.Send(new SuggestSkills.Query(q), ct));
}
