using Marketplace.Application.Startups;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The invitation page: what the link is for, and the accept button.</summary>
public sealed class InvitationForm : IFormPage
{
    public string Token { get; set; } = "";

    [BindNever]
    public InvitationDetails? Invitation { get; set; }

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) => Invitation = await sender.Send(new GetStartupInvitation.Query(Token), ct);
}
