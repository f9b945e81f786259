using Marketplace.Application.Conversations;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Models;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Controllers;

/// <summary>The signed-in user's conversations; each readable and writable by its two parties only (the use cases answer 404 to anyone else).</summary>
[Authorize]
[Route("conversations")]
public sealed class ConversationsController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) => View(await sender.Send(new ListMyConversations.Query(page), ct));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken ct) =>
        View(new ConversationPageForm { Id = id, Conversation = await sender.Send(new GetConversation.Query(id), ct) });

    [HttpPost("{id:guid}")]
    [FormView(nameof(Show))]
    public async Task<IActionResult> Send(ConversationPageForm form, CancellationToken ct)
    {
        await sender.Send(new SendMessage.Command(form.Id, form.Body), ct);
        return RedirectToAction(nameof(Show), null, new { id = form.Id }, "latest");
    }
}
