using Marketplace.Application.Funds;
using Marketplace.Application.Links;
using Marketplace.Domain.Common;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Models;
using Marketplace.Web.Resources;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Controllers;

/// <summary>
/// A fund's own pages: the public profile for everyone; creating and "my funds" for fund managers;
/// editing and the team for its members (the use cases check the fund role: others get 403); the
/// verified badge for administrators. The list of funds is discovery's page.
/// </summary>
[Route("funds")]
public sealed class FundPagesController(ISender sender, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("new")]
    [Authorize(Roles = RoleNames.FundManager)]
    public async Task<IActionResult> New(CancellationToken ct) =>
        View(new FundForm { Choices = await sender.Send(new GetFundFormChoices.Query(), ct) });

    [HttpPost("new")]
    [Authorize(Roles = RoleNames.FundManager)]
    public async Task<IActionResult> New(FundForm form, CancellationToken ct)
    {
        form.Id = Guid.Empty;
        var id = await sender.Send(form.ToCreateCommand(), ct);
        TempData["Flash"] = text["Funds.Created"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("mine")]
    [Authorize(Roles = RoleNames.FundManager)]
    public async Task<IActionResult> Mine(CancellationToken ct) => View(await sender.Send(new ListMyFunds.Query(), ct));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) => View(await sender.Send(new GetFund.Query(id), ct));

    [HttpGet("{id:guid}/edit")]
    [Authorize(Roles = RoleNames.FundManager)]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct) => View(FundForm.From(await sender.Send(new GetFundForEdit.Query(id), ct)));

    [HttpPost("{id:guid}/edit")]
    [Authorize(Roles = RoleNames.FundManager)]
    public async Task<IActionResult> Edit(Guid id, FundForm form, CancellationToken ct)
    {
        form.Id = id;
        await sender.Send(form.ToUpdateCommand(id), ct);
        TempData["Flash"] = text["Funds.Saved"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:guid}/verify")]
    [Authorize(Roles = RoleNames.Admin)]
    public async Task<IActionResult> Verify(Guid id, bool verified, CancellationToken ct)
    {
        await sender.Send(new SetFundVerified.Command(id, verified), ct);
        TempData["Flash"] = text[verified ? "Funds.VerifiedFlash" : "Funds.UnverifiedFlash"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:guid}/access")]
    [Authorize(Roles = RoleNames.FundManager)]
    public async Task<IActionResult> Access(Guid id, int? page, CancellationToken ct) => View(await sender.Send(new ListFundAccess.Query(id, page), ct));

    [HttpGet("{id:guid}/team")]
    [Authorize(Roles = RoleNames.FundManager)]
    public async Task<IActionResult> Team(Guid id, CancellationToken ct) => View(FundTeamForm.From(await sender.Send(new GetFundTeam.Query(id), ct)));

    [HttpPost("{id:guid}/team")]
    [Authorize(Roles = RoleNames.FundManager)]
    public async Task<IActionResult> Team(Guid id, FundTeamForm form, CancellationToken ct)
    {
        form.FundId = id;
        await sender.Send(new InviteFundMember.Command(id, form.Email ?? "", form.Role), ct);
        TempData["Flash"] = text["Funds.Invited", form.Email ?? ""].Value;
        return RedirectToAction(nameof(Team), new { id });
    }

    /// <summary>A refused change (the last partner stepping down) comes back on the team page.</summary>
    [HttpPost("{id:guid}/team/members/{userId:guid}/role")]
    [Authorize(Roles = RoleNames.FundManager)]
    [FormView(nameof(Team))]
    public async Task<IActionResult> ChangeRole(Guid id, Guid userId, FundTeamForm form, CancellationToken ct)
    {
        form.FundId = id;
        await sender.Send(new ChangeFundMemberRole.Command(id, userId, form.Role), ct);
        TempData["Flash"] = text["Funds.RoleChanged"].Value;
        return RedirectToAction(nameof(Team), new { id });
    }

    [HttpPost("{id:guid}/team/invitations/{invitationId:guid}/revoke")]
    [Authorize(Roles = RoleNames.FundManager)]
    public async Task<IActionResult> Revoke(Guid id, Guid invitationId, CancellationToken ct)
    {
        await sender.Send(new RevokeFundInvitation.Command(id, invitationId), ct);
        TempData["Flash"] = text["Funds.InvitationRevoked"].Value;
        return RedirectToAction(nameof(Team), new { id });
    }

    /// <summary>The link in the invitation e-mail: open to anyone holding it, so the invitee can sign in or register from here.</summary>
    [HttpGet(SiteRoutes.FundInvitation)]
    public async Task<IActionResult> Invitation(string token, CancellationToken ct) =>
        View(new FundInvitationForm { Token = token, Invitation = await sender.Send(new GetFundInvitation.Query(token), ct) });

    [HttpPost(SiteRoutes.FundInvitation)]
    [Authorize]
    public async Task<IActionResult> Invitation(string token, FundInvitationForm form, CancellationToken ct)
    {
        form.Token = token;
        var fundId = await sender.Send(new AcceptFundInvitation.Command(token), ct);
        TempData["Flash"] = text["Funds.JoinedFlash"].Value;
        return RedirectToAction(nameof(Details), new { id = fundId });
    }
}
