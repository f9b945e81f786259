using Marketplace.Application.Conversations;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>A conversation's page and its message form.</summary>
public sealed class ConversationPageForm : IFormPage
{
    [FromRoute(Name = "id")]
    public Guid Id { get; set; }

    public string? Body { get; set; }

    [BindNever]
    public ConversationView? Conversation { get; set; }

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) => Conversation = await sender.Send(new GetConversation.Query(Id), ct);
}
