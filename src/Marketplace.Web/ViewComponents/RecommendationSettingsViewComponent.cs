using Marketplace.Application.Matching;
using Marketplace.Web.Models;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.ViewComponents;

/// <summary>The profile page's recommendation settings form (personalised recommendations, weekly digest).</summary>
public sealed class RecommendationSettingsViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var settings = await sender.Send(new GetRecommendationSettings.Query(), HttpContext.RequestAborted);
        return View(new RecommendationSettingsForm { RecommendationsEnabled = settings.RecommendationsEnabled, DigestEnabled = settings.DigestEnabled });
    }
}
