using Marketplace.Application.Projects;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The owners' access page: requests with their decision buttons, and the log of looks.</summary>
public sealed class AccessPageForm : IFormPage
{
    [FromRoute(Name = "id")]
    public Guid ProjectId { get; set; }

    public int Version { get; set; }

    [BindNever]
    public int? Page { get; set; }

    [BindNever]
    public ConfidentialAccessOverview? Overview { get; set; }

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) =>
        Overview = await sender.Send(new GetConfidentialAccess.Query(ProjectId, Page), ct);
}
