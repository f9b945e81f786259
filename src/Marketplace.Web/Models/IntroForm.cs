using Marketplace.Application.Funds.Applications;
using Marketplace.Application.Projects;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>A fund manager's intro request for a project: which of their funds, and a message.</summary>
public sealed class IntroForm : IFormPage
{
    [FromRoute(Name = "id")]
    public Guid ProjectId { get; set; }

    public Guid? FundId { get; set; }
    public string? Message { get; set; }

    [BindNever]
    public ProjectDetails? Project { get; set; }

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) => Project = await sender.Send(new GetProject.Query(ProjectId), ct);

    public RequestIntro.Command ToCommand() => new(ProjectId, FundId, Message);
}
