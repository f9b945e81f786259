using Marketplace.Application.Funds.Pipeline;
using Marketplace.Application.Projects;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Models;
using Marketplace.Web.Resources;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Controllers;

/// <summary>
/// A fundraising project's pages: the public page, the owners' forms, the confidential part and its
/// access. (The /projects list is the discovery controller's.) Forms on the project page post to
/// their own URLs and come back to the project page, which is why those actions share its view.
/// </summary>
[Route("projects")]
public sealed class ProjectPagesController(ISender sender, IStringLocalizer<SharedResource> text) : Controller
{
    [Authorize]
    [HttpGet("new")]
    public async Task<IActionResult> New(Guid startupId, CancellationToken ct) =>
        View(ProjectForm.For(await sender.Send(new GetNewProjectForm.Query(startupId), ct)));

    [Authorize]
    [HttpPost("new")]
    public async Task<IActionResult> New(ProjectForm form, CancellationToken ct)
    {
        var id = await sender.Send(form.ToCreateCommand(), ct);
        TempData["Flash"] = text["Project.Created"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) =>
        View(ProjectPageForm.For(await sender.Send(new ViewProject.Command(id), ct)));

    [Authorize]
    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct) =>
        View(ProjectForm.For(await sender.Send(new GetProjectForEdit.Query(id), ct)));

    [Authorize]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, ProjectForm form, CancellationToken ct)
    {
        form.ProjectId = id;
        var result = await sender.Send(form.ToUpdateCommand(id), ct);
        TempData["Flash"] = text[result.SentForReview ? "Project.RevisionSent" : "Project.Saved"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize]
    [HttpPost("{id:guid}/submit")]
    [FormView(nameof(Details))]
    public async Task<IActionResult> Submit(Guid id, ProjectPageForm form, CancellationToken ct)
    {
        form.ProjectId = id;
        await sender.Send(new SubmitProject.Command(id, form.Version), ct);
        TempData["Flash"] = text["Project.Submitted"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize]
    [HttpPost("{id:guid}/withdraw")]
    [FormView(nameof(Details))]
    public async Task<IActionResult> Withdraw(Guid id, ProjectPageForm form, CancellationToken ct)
    {
        form.ProjectId = id;
        await sender.Send(new WithdrawSubmission.Command(id, form.Version), ct);
        TempData["Flash"] = text["Project.Withdrawn"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize]
    [HttpPost("{id:guid}/close")]
    [FormView(nameof(Details))]
    public async Task<IActionResult> Close(Guid id, ProjectPageForm form, CancellationToken ct)
    {
        form.ProjectId = id;
        await sender.Send(new CloseProject.Command(id, form.Reason, form.Version), ct);
        TempData["Flash"] = text["Project.Closed"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize]
    [HttpPost("{id:guid}/access/request")]
    [FormView(nameof(Details))]
    public async Task<IActionResult> RequestAccess(Guid id, ProjectPageForm form, CancellationToken ct)
    {
        form.ProjectId = id;
        await sender.Send(new RequestConfidentialAccess.Command(id, form.FundId, form.Message), ct);
        TempData["Flash"] = text["Access.Requested"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize]
    [HttpPost("{id:guid}/pipeline")]
    [FormView(nameof(Details))]
    public async Task<IActionResult> AddToPipeline(Guid id, ProjectPageForm form, CancellationToken ct)
    {
        form.ProjectId = id;
        var result = await sender.Send(new AddToPipeline.Command(id, form.FundId), ct);
        TempData["Flash"] = text[result.Added ? "Pipeline.Added" : "Pipeline.AlreadyThere"].Value;
        return RedirectToAction(nameof(FundPipelineController.Deal), "FundPipeline", new { fundId = result.FundId, dealId = result.DealId });
    }

    [Authorize]
    [HttpGet("{id:guid}/confidential")]
    public async Task<IActionResult> Confidential(Guid id, CancellationToken ct) =>
        View(ConfidentialForm.For(await sender.Send(new GetConfidentialForEdit.Query(id), ct)));

    [Authorize]
    [HttpPost("{id:guid}/confidential")]
    public async Task<IActionResult> Confidential(Guid id, ConfidentialForm form, CancellationToken ct)
    {
        form.ProjectId = id;
        await sender.Send(form.ToCommand(id), ct);
        TempData["Flash"] = text["Confidential.Saved"].Value;
        return RedirectToAction(nameof(Confidential), new { id });
    }

    [Authorize]
    [HttpPost("{id:guid}/deck")]
    [FormView(nameof(Confidential))]
    [PitchDeckUploadLimit]
    public async Task<IActionResult> UploadDeck(Guid id, ConfidentialForm form, CancellationToken ct)
    {
        form.ProjectId = id;
        form.FiguresFromDatabase = true;
        await sender.Send(form.ToUploadCommand(id), ct);
        TempData["Flash"] = text["Confidential.DeckUploaded"].Value;
        return RedirectToAction(nameof(Confidential), new { id });
    }

    [HttpGet("{id:guid}/deck")]
    public async Task<IActionResult> Deck(Guid id, CancellationToken ct)
    {
        var deck = await sender.Send(new DownloadPitchDeck.Command(id), ct);
        // Never shown inline: a download, whatever the browser thinks of the bytes.
        return File(deck.Content, deck.ContentType, deck.FileName);
    }

    [Authorize]
    [HttpGet("{id:guid}/access")]
    public async Task<IActionResult> Access(Guid id, int? page, CancellationToken ct) =>
        View(new AccessPageForm { ProjectId = id, Page = page, Overview = await sender.Send(new GetConfidentialAccess.Query(id, page), ct) });

    [Authorize]
    [HttpPost("{id:guid}/access/{accessId:guid}/grant")]
    [FormView(nameof(Access))]
    public Task<IActionResult> Grant(Guid id, Guid accessId, AccessPageForm form, CancellationToken ct) =>
        DecideAsync(form, id, new GrantConfidentialAccess.Command(id, accessId, form.Version), "Access.GrantedFlash", ct);

    [Authorize]
    [HttpPost("{id:guid}/access/{accessId:guid}/decline")]
    [FormView(nameof(Access))]
    public Task<IActionResult> Decline(Guid id, Guid accessId, AccessPageForm form, CancellationToken ct) =>
        DecideAsync(form, id, new DeclineConfidentialAccess.Command(id, accessId, form.Version), "Access.DeclinedFlash", ct);

    [Authorize]
    [HttpPost("{id:guid}/access/{accessId:guid}/revoke")]
    [FormView(nameof(Access))]
    public Task<IActionResult> Revoke(Guid id, Guid accessId, AccessPageForm form, CancellationToken ct) =>
        DecideAsync(form, id, new RevokeConfidentialAccess.Command(id, accessId, form.Version), "Access.RevokedFlash", ct);

    private async Task<IActionResult> DecideAsync(AccessPageForm form, Guid id, ICommand command, string flash, CancellationToken ct)
    {
        form.ProjectId = id;
        await sender.Send(command, ct);
        TempData["Flash"] = text[flash].Value;
        return RedirectToAction(nameof(Access), new { id });
    }
}
