using Marketplace.Application.Projects;
using Marketplace.Domain.Projects;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The project page and the small forms on it (submit, withdraw, close, ask for access).</summary>
public sealed class ProjectPageForm : IFormPage
{
    [FromRoute(Name = "id")]
    public Guid ProjectId { get; set; }

    public int Version { get; set; }
    public string? Reason { get; set; }
    public Guid? FundId { get; set; }
    public string? Message { get; set; }

    [BindNever]
    public ProjectDetails? Project { get; set; }

    public static ProjectPageForm For(ProjectDetails project) => new() { ProjectId = project.Id, Version = project.Version, Project = project };

    // Reading the page again after a refused form must not count as another view.
    public async Task LoadPageAsync(ISender sender, CancellationToken ct) =>
        Project = await sender.Send(new GetProject.Query(ProjectId), ct);
}
