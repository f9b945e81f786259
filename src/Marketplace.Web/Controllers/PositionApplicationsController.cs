using Marketplace.Application.Positions.Applications;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Models;
using Marketplace.Web.Resources;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Controllers;

/// <summary>
/// Researchers apply to positions, follow and withdraw their applications; posters (a startup's founders,
/// a fund's managers) go through the applicants and move them along. The use cases decide who may.
/// </summary>
[Authorize]
public sealed class PositionApplicationsController(ISender sender, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("positions/{id:guid}/apply")]
    public async Task<IActionResult> Apply(Guid id, CancellationToken ct)
    {
        var form = new PositionApplyForm { PositionId = id };
        await form.LoadPageAsync(sender, ct);
        return View(form);
    }

    [HttpPost("positions/{id:guid}/apply")]
    [FormView(nameof(Apply))]
    public async Task<IActionResult> ApplyPost(PositionApplyForm form, CancellationToken ct)
    {
        var application = await sender.Send(form.ToCommand(), ct);
        TempData["Flash"] = text["PositionApplications.Sent"].Value;
        return RedirectToAction(nameof(Show), new { id = application });
    }

    [HttpGet("researcher/applications")]
    public async Task<IActionResult> Mine(int? page, CancellationToken ct) =>
        View(await sender.Send(new ListMyPositionApplications.Query(page), ct));

    [HttpGet("researcher/applications/{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken ct) =>
        View(MyPositionApplicationPage.For(await sender.Send(new GetMyPositionApplication.Query(id), ct)));

    [HttpPost("researcher/applications/{id:guid}/withdraw")]
    [FormView(nameof(Show))]
    public async Task<IActionResult> Withdraw(MyPositionApplicationPage form, CancellationToken ct)
    {
        await sender.Send(form.ToWithdrawCommand(), ct);
        TempData["Flash"] = text["PositionApplications.Withdrawn"].Value;
        return RedirectToAction(nameof(Show), new { id = form.Id });
    }

    [HttpGet("positions/{id:guid}/applicants")]
    public async Task<IActionResult> Applicants([FromQuery] ApplicantsPage form, CancellationToken ct)
    {
        form.List = await sender.Send(form.ToQuery(), ct);
        return View(form);
    }

    [HttpGet("positions/{id:guid}/applicants/{applicationId:guid}")]
    public async Task<IActionResult> Applicant(Guid id, Guid applicationId, CancellationToken ct) =>
        View(ApplicantPage.For(await sender.Send(new GetApplicant.Query(id, applicationId), ct)));

    [HttpPost("positions/{id:guid}/applicants/{applicationId:guid}/move")]
    [FormView(nameof(Applicant))]
    public async Task<IActionResult> Move(ApplicantPage form, CancellationToken ct)
    {
        await sender.Send(form.ToMoveCommand(), ct);
        TempData["Flash"] = text["PositionApplications.Moved"].Value;
        return RedirectToAction(nameof(Applicant), new { id = form.PositionId, applicationId = form.ApplicationId });
    }
}
