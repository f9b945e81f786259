using Marketplace.Application.Funds.Pipeline;
using Marketplace.Application.Matching;
using Marketplace.Domain.Matching;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Models;
using Marketplace.Web.Resources;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Controllers;

/// <summary>A fund's, project's, researcher's or position's recommendations, with save, dismiss and (funds) add to pipeline.</summary>
[Route("recommendations/{kind}/{id:guid}")]
[Authorize]
public sealed class RecommendationsController(ISender sender, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string kind, Guid id, int? page, CancellationToken ct) =>
        View(new RecommendationsPage(await sender.Send(new GetRecommendations.Query(kind, id, page), ct)));

    [HttpPost("save")]
    [FormView(nameof(Dismiss))]
    public async Task<IActionResult> Save(RecommendationFeedbackForm form, CancellationToken ct)
    {
        await sender.Send(form.ToCommand(FeedbackActions.Saved), ct);
        return Back(form, "Recommendations.Saved");
    }

    [HttpPost("unsave")]
    [FormView(nameof(Dismiss))]
    public async Task<IActionResult> Unsave(RecommendationFeedbackForm form, CancellationToken ct)
    {
        await sender.Send(form.ToCommand(FeedbackActions.Unsaved), ct);
        return Back(form, "Recommendations.Unsaved");
    }

    [HttpPost("dismiss")]
    public async Task<IActionResult> Dismiss(RecommendationFeedbackForm form, CancellationToken ct)
    {
        await sender.Send(form.ToCommand(FeedbackActions.Dismissed), ct);
        return Back(form, "Recommendations.Dismissed");
    }

    /// <summary>A fund's list only: the recommended project enters the fund's pipeline, its source "recommendation".</summary>
    [HttpPost("pipeline")]
    [FormView(nameof(Dismiss))]
    public async Task<IActionResult> AddToPipeline(RecommendationFeedbackForm form, CancellationToken ct)
    {
        if (form.Kind != MatchKinds.Fund)
            return NotFound();
        var result = await sender.Send(new AddToPipeline.Command(form.TargetId, form.Id, FromRecommendation: true), ct);
        TempData["Flash"] = text[result.Added ? "Pipeline.Added" : "Pipeline.AlreadyThere"].Value;
        return RedirectToAction(nameof(FundPipelineController.Deal), "FundPipeline", new { fundId = result.FundId, dealId = result.DealId });
    }

    private LocalRedirectResult Back(RecommendationFeedbackForm form, string flash)
    {
        TempData["Flash"] = text[flash].Value;
        return this.RedirectToLocal(form.ReturnUrl, Url.Action(nameof(Index), new { kind = form.Kind, id = form.Id })!);
    }
}
