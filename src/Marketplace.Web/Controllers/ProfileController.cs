using System.Globalization;
using Marketplace.Application.Links;
using Marketplace.Application.Profiles;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Models;
using Marketplace.Web.Resources;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Controllers;

[Route(SiteRoutes.Profile)]
[Authorize]
public sealed class ProfileController(ISender sender, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(ProfileForm.From(await sender.Send(new GetMyProfile.Query(), ct)));

    [HttpPost("")]
    public async Task<IActionResult> Index(ProfileForm form, CancellationToken ct)
    {
        var result = await sender.Send(form.ToCommand(), ct);
        // The language applies at once: this answer already speaks it, and so does every later page.
        CultureCookie.Set(Response, form.Culture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(form.Culture);
        // The time zone rides in the sign-in cookie: renew it, so the next page is in the new zone.
        await ReaderTimeZone.RefreshSessionAsync(HttpContext);
        TempData["Flash"] = text[result.DisplayNameSentForReview ? "Profile.SavedNameInReview" : "Profile.Saved"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("recommendations")]
    [FormView(nameof(Index))]
    public async Task<IActionResult> Recommendations(RecommendationSettingsForm form, CancellationToken ct)
    {
        await sender.Send(form.ToCommand(), ct);
        TempData["Flash"] = text["Recommendations.SettingsSaved"].Value;
        return RedirectToAction(nameof(Index), null, null, "recommendation-settings");
    }
}
