using Marketplace.Application.Files;
using Marketplace.Application.Links;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Web.Models;
using Marketplace.Web.Resources;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Marketplace.Web.Controllers;

/// <summary>
/// Startup profiles: the public page and logo for everyone; creating for founders; editing, the
/// logo and the team for the startup's owners (the use cases check ownership: others get 403).
/// </summary>
[Route("startups")]
public sealed class StartupsController(ISender sender, IStringLocalizer<SharedResource> text) : Controller
{
    /// <summary>Room for a logo over its limit to get a message at the field; far larger bodies are cut off with 413.</summary>
    private const long LogoRequestLimit = 8 * 1024 * 1024;

    [HttpGet("new")]
    [Authorize(Roles = RoleNames.Founder)]
    public async Task<IActionResult> New(CancellationToken ct) =>
        View(new StartupForm { Choices = await sender.Send(new GetStartupChoices.Query(), ct) });

    [HttpPost("new")]
    [Authorize(Roles = RoleNames.Founder)]
    public async Task<IActionResult> New(StartupForm form, CancellationToken ct)
    {
        form.Id = Guid.Empty;
        var id = await sender.Send(form.ToCreateCommand(), ct);
        TempData["Flash"] = text["Startups.Created"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) => View(await sender.Send(new GetStartup.Query(id), ct));

    [HttpGet("{id:guid}/logo")]
    public async Task<IActionResult> LogoImage(Guid id, CancellationToken ct)
    {
        var logo = await sender.Send(new GetStartupLogo.Query(id), ct);
        // The type was recognised from the bytes at upload; the browser must not guess another one.
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "public, no-cache";
        return File(logo.Content, logo.ContentType, lastModified: null, entityTag: new EntityTagHeaderValue($"\"{logo.Sha256}\""));
    }

    [HttpGet("{id:guid}/edit")]
    [Authorize(Roles = RoleNames.Founder)]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct) => View(StartupForm.From(await sender.Send(new GetStartupForEdit.Query(id), ct)));

    [HttpPost("{id:guid}/edit")]
    [Authorize(Roles = RoleNames.Founder)]
    public async Task<IActionResult> Edit(Guid id, StartupForm form, CancellationToken ct)
    {
        form.Id = id;
        await sender.Send(form.ToUpdateCommand(id), ct);
        TempData["Flash"] = text["Startups.Saved"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:guid}/edit/logo")]
    [Authorize(Roles = RoleNames.Founder)]
    public async Task<IActionResult> Logo(Guid id, CancellationToken ct) => View(LogoForm.From(await sender.Send(new GetStartupForEdit.Query(id), ct)));

    [HttpPost("{id:guid}/edit/logo")]
    [Authorize(Roles = RoleNames.Founder)]
    [RequestSizeLimit(LogoRequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = LogoRequestLimit)]
    public async Task<IActionResult> Logo(Guid id, LogoForm form, CancellationToken ct)
    {
        form.StartupId = id;
        await using var content = form.Logo?.OpenReadStream();
        var upload = form.Logo is null || content is null ? null : new UploadedFile(form.Logo.FileName, form.Logo.Length, content);
        await sender.Send(new UploadLogo.Command(id, upload), ct);
        TempData["Flash"] = text["Startups.LogoSaved"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:guid}/team")]
    [Authorize(Roles = RoleNames.Founder)]
    public async Task<IActionResult> Team(Guid id, CancellationToken ct) => View(TeamForm.From(await sender.Send(new GetStartupTeam.Query(id), ct)));

    [HttpPost("{id:guid}/team")]
    [Authorize(Roles = RoleNames.Founder)]
    public async Task<IActionResult> Team(Guid id, TeamForm form, CancellationToken ct)
    {
        form.StartupId = id;
        await sender.Send(new InviteCofounder.Command(id, form.Email ?? ""), ct);
        TempData["Flash"] = text["Startups.Invited", form.Email ?? ""].Value;
        return RedirectToAction(nameof(Team), new { id });
    }

    [HttpPost("{id:guid}/team/invitations/{invitationId:guid}/revoke")]
    [Authorize(Roles = RoleNames.Founder)]
    public async Task<IActionResult> Revoke(Guid id, Guid invitationId, CancellationToken ct)
    {
        await sender.Send(new RevokeStartupInvitation.Command(id, invitationId), ct);
        TempData["Flash"] = text["Startups.InvitationRevoked"].Value;
        return RedirectToAction(nameof(Team), new { id });
    }

    /// <summary>The link in the invitation e-mail: open to anyone holding it, so the invitee can sign in or register from here.</summary>
    [HttpGet(SiteRoutes.StartupInvitation)]
    public async Task<IActionResult> Invitation(string token, CancellationToken ct) =>
        View(new InvitationForm { Token = token, Invitation = await sender.Send(new GetStartupInvitation.Query(token), ct) });

    [HttpPost(SiteRoutes.StartupInvitation)]
    [Authorize]
    public async Task<IActionResult> Invitation(string token, InvitationForm form, CancellationToken ct)
    {
        form.Token = token;
        var startupId = await sender.Send(new AcceptStartupInvitation.Command(token), ct);
        TempData["Flash"] = text["Startups.JoinedFlash"].Value;
        return RedirectToAction(nameof(Details), new { id = startupId });
    }
}
