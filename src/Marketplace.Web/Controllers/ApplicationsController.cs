using Marketplace.Application.Funds.Applications;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Models;
using Marketplace.Web.Resources;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Controllers;

/// <summary>
/// Two-way consent: founders apply to funds and answer intro requests; fund teams answer applications
/// in their inbox and request intros from a project's page.
/// </summary>
[Authorize]
public sealed class ApplicationsController(ISender sender, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("applications")]
    public async Task<IActionResult> Index(int? page, int? introPage, CancellationToken ct) =>
        View(await sender.Send(new ListMyApplications.Query(page, introPage), ct));

    [HttpPost("applications/{id:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid id, int version, CancellationToken ct)
    {
        await sender.Send(new WithdrawApplication.Command(id, version), ct);
        TempData["Flash"] = text["Applications.Withdrawn"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("applications/intros/{id:guid}/accept")]
    public async Task<IActionResult> AcceptIntro(Guid id, int version, CancellationToken ct)
    {
        var conversation = await sender.Send(new DecideIntro.Command(id, true, version), ct);
        TempData["Flash"] = text["Applications.IntroAccepted"].Value;
        return RedirectToAction(nameof(ConversationsController.Show), "Conversations", new { id = conversation });
    }

    [HttpPost("applications/intros/{id:guid}/decline")]
    public async Task<IActionResult> DeclineIntro(Guid id, int version, CancellationToken ct)
    {
        await sender.Send(new DecideIntro.Command(id, false, version), ct);
        TempData["Flash"] = text["Applications.IntroDeclined"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("funds/{fundId:guid}/inbox/intros/{id:guid}/withdraw")]
    public async Task<IActionResult> WithdrawIntro(Guid fundId, Guid id, int version, CancellationToken ct)
    {
        await sender.Send(new WithdrawIntro.Command(id, version), ct);
        TempData["Flash"] = text["Inbox.IntroWithdrawn"].Value;
        return RedirectToAction(nameof(Inbox), new { fundId });
    }

    [HttpGet("funds/{fundId:guid}/apply")]
    public async Task<IActionResult> Apply(Guid fundId, Guid? projectId, CancellationToken ct)
    {
        var form = new ApplyForm { FundId = fundId, ProjectId = projectId };
        await form.LoadPageAsync(sender, ct);
        return View(form);
    }

    [HttpPost("funds/{fundId:guid}/apply")]
    [FormView(nameof(Apply))]
    public async Task<IActionResult> ApplyPost(ApplyForm form, CancellationToken ct)
    {
        await sender.Send(form.ToCommand(), ct);
        TempData["Flash"] = text["Applications.Sent"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("funds/{fundId:guid}/inbox")]
    public async Task<IActionResult> Inbox(Guid fundId, int? page, int? introPage, CancellationToken ct)
    {
        var form = new InboxPage { FundId = fundId, Page = page, IntroPage = introPage };
        await form.LoadPageAsync(sender, ct);
        return View(form);
    }

    [HttpPost("funds/{fundId:guid}/inbox/{applicationId:guid}/accept")]
    [FormView(nameof(Inbox))]
    public async Task<IActionResult> Accept(Guid fundId, Guid applicationId, int version, CancellationToken ct)
    {
        var conversation = await sender.Send(new AcceptApplication.Command(fundId, applicationId, version), ct);
        TempData["Flash"] = text["Applications.Accepted"].Value;
        return RedirectToAction(nameof(ConversationsController.Show), "Conversations", new { id = conversation });
    }

    [HttpPost("funds/{fundId:guid}/inbox/decline")]
    [FormView(nameof(Inbox))]
    public async Task<IActionResult> Decline(InboxPage form, CancellationToken ct)
    {
        await sender.Send(new DeclineApplication.Command(form.FundId, form.ApplicationId, form.DeclineNote, form.Version), ct);
        TempData["Flash"] = text["Applications.Declined"].Value;
        return RedirectToAction(nameof(Inbox), new { fundId = form.FundId });
    }

    [HttpGet("projects/{id:guid}/intro")]
    public async Task<IActionResult> Intro(Guid id, CancellationToken ct)
    {
        var form = new IntroForm { ProjectId = id };
        await form.LoadPageAsync(sender, ct);
        return View(form);
    }

    [HttpPost("projects/{id:guid}/intro")]
    [FormView(nameof(Intro))]
    public async Task<IActionResult> IntroPost(IntroForm form, CancellationToken ct)
    {
        await sender.Send(form.ToCommand(), ct);
        TempData["Flash"] = text["Applications.IntroSent"].Value;
        return RedirectToAction(nameof(ProjectPagesController.Details), "ProjectPages", new { id = form.ProjectId });
    }
}
