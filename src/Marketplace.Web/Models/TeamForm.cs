using Marketplace.Application.Startups;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The team page: its invite form, with the members and pending invitations around it.</summary>
public sealed class TeamForm : IFormPage
{
    public Guid StartupId { get; set; }
    public string Email { get; set; } = "";

    [BindNever]
    public StartupTeam? Team { get; set; }

    public static TeamForm From(StartupTeam team) => new() { StartupId = team.Id, Team = team };

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) => Team = await sender.Send(new GetStartupTeam.Query(StartupId), ct);
}
