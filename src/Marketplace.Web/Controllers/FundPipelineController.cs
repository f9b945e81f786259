using Marketplace.Application.Funds.Pipeline;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Models;
using Marketplace.Web.Resources;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Controllers;

/// <summary>
/// A fund's deal-flow pipeline and reinvestment ledger, for the fund's team only (the use cases check
/// membership). Forms on the deal page post to their own URLs and share its view, so a refusal comes
/// back on the deal page with the message at its field.
/// </summary>
[Authorize]
[Route("funds/{fundId:guid}")]
public sealed class FundPipelineController(ISender sender, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("pipeline")]
    public async Task<IActionResult> Board(Guid fundId, CancellationToken ct) =>
        View(await sender.Send(new GetPipeline.Query(fundId), ct));

    [HttpGet("pipeline/list")]
    public async Task<IActionResult> List([FromQuery] DealListForm form, CancellationToken ct)
    {
        form.Results = await sender.Send(form.ToQuery(), ct);
        return View(form);
    }

    [HttpGet("deals/{dealId:guid}")]
    public async Task<IActionResult> Deal(Guid fundId, Guid dealId, CancellationToken ct) =>
        View(DealPageForm.For(await sender.Send(new GetDeal.Query(fundId, dealId), ct)));

    [HttpPost("deals/{dealId:guid}/move")]
    [FormView(nameof(Deal))]
    public async Task<IActionResult> Move(DealPageForm form, CancellationToken ct)
    {
        await sender.Send(form.ToMoveCommand(), ct);
        TempData["Flash"] = text["Pipeline.Moved"].Value;
        return form.From == DealPageForm.FromBoard
            ? RedirectToAction(nameof(Board), new { fundId = form.FundId })
            : RedirectToAction(nameof(Deal), new { fundId = form.FundId, dealId = form.DealId });
    }

    [HttpPost("deals/{dealId:guid}/assign")]
    [FormView(nameof(Deal))]
    public async Task<IActionResult> Assign(DealPageForm form, CancellationToken ct)
    {
        await sender.Send(form.ToAssignCommand(), ct);
        TempData["Flash"] = text["Pipeline.Assigned"].Value;
        return RedirectToAction(nameof(Deal), new { fundId = form.FundId, dealId = form.DealId });
    }

    [HttpPost("deals/{dealId:guid}/notes")]
    [FormView(nameof(Deal))]
    public async Task<IActionResult> AddNote(DealPageForm form, CancellationToken ct)
    {
        await sender.Send(form.ToNoteCommand(), ct);
        TempData["Flash"] = text["Pipeline.NoteAdded"].Value;
        return RedirectToAction(nameof(Deal), null, new { fundId = form.FundId, dealId = form.DealId }, "notes");
    }

    [HttpPost("deals/{dealId:guid}/ratings")]
    [FormView(nameof(Deal))]
    public async Task<IActionResult> Rate(DealPageForm form, CancellationToken ct)
    {
        await sender.Send(form.ToRateCommand(), ct);
        TempData["Flash"] = text["Pipeline.Rated"].Value;
        return RedirectToAction(nameof(Deal), null, new { fundId = form.FundId, dealId = form.DealId }, "ratings");
    }

    [HttpGet("ledger")]
    public async Task<IActionResult> Ledger(Guid fundId, int? page, CancellationToken ct) =>
        View(await sender.Send(new GetLedger.Query(fundId, page), ct));
}
