using Marketplace.Application.Positions.Applications;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>A position's applicants for its poster; the stage filter and page come from the query string.</summary>
public sealed class ApplicantsPage : IQueryForm, IFormPage
{
    [FromRoute(Name = "id")]
    public Guid PositionId { get; set; }

    public string? Stage { get; set; }
    public int? Page { get; set; }

    [BindNever]
    public ApplicantList? List { get; set; }

    public ListApplicants.Query ToQuery() => new(PositionId, Stage, Page);

    // After a refused filter the page shows every applicant, with the message at the filter.
    public async Task LoadPageAsync(ISender sender, CancellationToken ct) => List = await sender.Send(new ListApplicants.Query(PositionId), ct);
}
