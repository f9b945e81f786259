using Marketplace.Application.Positions;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Models;
using Marketplace.Web.Resources;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Controllers;

/// <summary>
/// A position's pages: the public page and the posters' forms. Forms on the position page post to
/// their own URLs and come back to it, which is why those actions share its view.
/// </summary>
[Route("positions")]
public sealed class PositionPagesController(ISender sender, IStringLocalizer<SharedResource> text) : Controller
{
    [Authorize]
    [HttpGet("new")]
    public async Task<IActionResult> New(Guid? startupId, Guid? fundId, CancellationToken ct) =>
        View(PositionForm.For(await sender.Send(new GetNewPositionForm.Query(startupId, fundId), ct)));

    [Authorize]
    [HttpPost("new")]
    public async Task<IActionResult> New(PositionForm form, CancellationToken ct)
    {
        var id = await sender.Send(form.ToCreateCommand(), ct);
        TempData["Flash"] = text["Position.Created"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) =>
        View(PositionPageForm.For(await sender.Send(new GetPosition.Query(id), ct)));

    [Authorize]
    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct) =>
        View(PositionForm.For(await sender.Send(new GetPositionForEdit.Query(id), ct)));

    [Authorize]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, PositionForm form, CancellationToken ct)
    {
        form.PositionId = id;
        var result = await sender.Send(form.ToUpdateCommand(id), ct);
        TempData["Flash"] = text[result.SentForReview ? "Position.RevisionSent" : "Position.Saved"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize]
    [HttpPost("{id:guid}/submit")]
    [FormView(nameof(Details))]
    public async Task<IActionResult> Submit(Guid id, PositionPageForm form, CancellationToken ct)
    {
        form.PositionId = id;
        await sender.Send(new SubmitPosition.Command(id, form.Version), ct);
        TempData["Flash"] = text["Position.Submitted"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize]
    [HttpPost("{id:guid}/withdraw")]
    [FormView(nameof(Details))]
    public async Task<IActionResult> Withdraw(Guid id, PositionPageForm form, CancellationToken ct)
    {
        form.PositionId = id;
        await sender.Send(new WithdrawPositionSubmission.Command(id, form.Version), ct);
        TempData["Flash"] = text["Position.Withdrawn"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize]
    [HttpPost("{id:guid}/close")]
    [FormView(nameof(Details))]
    public async Task<IActionResult> Close(Guid id, PositionPageForm form, CancellationToken ct)
    {
        form.PositionId = id;
        await sender.Send(new ClosePosition.Command(id, form.Reason, form.Version), ct);
        TempData["Flash"] = text["Position.Closed"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }
}
