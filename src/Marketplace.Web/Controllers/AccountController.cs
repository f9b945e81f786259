using System.Globalization;
using Marketplace.Application.Accounts;
using Marketplace.Application.Links;
using Marketplace.Domain.Common;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Models;
using Marketplace.Web.Resources;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Controllers;

[Route("account")]
[EnableRateLimiting(RateLimits.Account)]
public sealed class AccountController(ISender sender, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("register")]
    public IActionResult Register(string? returnUrl, string? role) =>
        // A page that asked the visitor to register as a fund manager or researcher preselects that role.
        View(new RegisterForm { ReturnUrl = returnUrl, Role = role is not null && Codes.SelfChosenRoles.Contains(role) ? role : "" });

    /// <summary>Creates the account in the language the page is shown in, then signs the new user in.</summary>
    [HttpPost("register")]
    public async Task<IActionResult> Register(RegisterForm form, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? "zh-Hans" : "en";
        await sender.Send(new Register.Command(form.Email, form.Password, form.ConfirmPassword, form.DisplayName, form.Role, culture, form.TimeZone), ct);
        var signedIn = await sender.Send(new SignIn.Command(form.Email, form.Password, false), ct);
        if (signedIn.Outcome != SignInOutcome.Succeeded)
        {
            // Identity:RequireConfirmedEmail: the account exists, the e-mailed link comes first.
            TempData["Flash"] = text["Account.RegisteredConfirmFirst"].Value;
            return RedirectToAction(nameof(Login));
        }
        CultureCookie.Set(Response, signedIn.Culture ?? culture);
        TempData["Flash"] = text["Account.Registered"].Value;
        return this.RedirectToLocal(form.ReturnUrl, HomeOf(signedIn.Role));
    }

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    public async Task<IActionResult> Login(SignInForm form, CancellationToken ct)
    {
        var result = await sender.Send(new SignIn.Command(form.Email, form.Password, form.RememberMe), ct);
        if (result.Outcome == SignInOutcome.Succeeded)
        {
            // The profile's language wins over whatever the sign-in page was shown in.
            if (result.Culture is not null)
                CultureCookie.Set(Response, result.Culture);
            return this.RedirectToLocal(form.ReturnUrl, HomeOf(result.Role));
        }
        var (message, status) = result.Outcome switch
        {
            SignInOutcome.LockedOut => ("Account.LockedOut", StatusCodes.Status423Locked),
            SignInOutcome.Suspended => ("Account.Suspended", StatusCodes.Status403Forbidden),
            SignInOutcome.NotAllowed => ("Account.NotAllowed", StatusCodes.Status403Forbidden),
            _ => ("Account.InvalidLogin", StatusCodes.Status400BadRequest),
        };
        ModelState.AddModelError("", text[message]);
        Response.StatusCode = status;
        form.Password = "";
        return View(form);
    }

    /// <summary>Where a role starts: the administrators' overview, everyone else's dashboard (a first-run checklist until it is done).</summary>
    private string HomeOf(string? role) => role == RoleNames.Admin
        ? Url.Action("Index", "AdminHome")!
        : Url.Action("Index", "Dashboard")!;

    [HttpPost("logout")]
    public async Task<IActionResult> Logout(CancellationToken ct)
    {
        await sender.Send(new SignOut.Command(), ct);
        return RedirectToAction(nameof(HomeController.Index), "Home");
    }

    [HttpGet(SiteRoutes.ConfirmEmail)]
    public async Task<IActionResult> ConfirmEmail(Guid userId, string? token, CancellationToken ct)
    {
        var confirmed = await sender.Send(new ConfirmEmail.Command(userId, token ?? ""), ct);
        if (!confirmed)
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(confirmed);
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordForm());

    [HttpPost("forgot-password")]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordForm form, CancellationToken ct)
    {
        await sender.Send(new ForgotPassword.Command(form.Email), ct);
        return View("ForgotPasswordSent");
    }

    [HttpGet(SiteRoutes.ResetPassword)]
    public IActionResult ResetPassword(Guid userId, string? token) => View(new ResetPasswordForm { UserId = userId, Token = token ?? "" });

    [HttpPost(SiteRoutes.ResetPassword)]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form, CancellationToken ct)
    {
        var reset = await sender.Send(new ResetPassword.Command(form.UserId, form.Token, form.Password, form.ConfirmPassword), ct);
        if (!reset)
        {
            ModelState.AddModelError("", text["Account.ResetLinkInvalid"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            form.Password = form.ConfirmPassword = "";
            return View(form);
        }
        TempData["Flash"] = text["Account.PasswordReset"].Value;
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("access-denied")]
    [Authorize]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
