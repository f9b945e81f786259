using Marketplace.Application.Positions.Applications;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>One applicant for the poster, with the move and reject forms (names equal the command's).</summary>
public sealed class ApplicantPage : IFormPage
{
    [FromRoute(Name = "id")]
    public Guid PositionId { get; set; }

    [FromRoute(Name = "applicationId")]
    public Guid ApplicationId { get; set; }

    public int Version { get; set; }
    public string? Stage { get; set; }
    public string? RejectionReason { get; set; }
    public string? RejectionNote { get; set; }

    [BindNever]
    public ApplicantDetails? Applicant { get; set; }

    public static ApplicantPage For(ApplicantDetails applicant) =>
        new() { PositionId = applicant.PositionId, ApplicationId = applicant.Id, Version = applicant.Version, Applicant = applicant };

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) =>
        Applicant = await sender.Send(new GetApplicant.Query(PositionId, ApplicationId), ct);

    public MovePositionApplication.Command ToMoveCommand() => new(PositionId, ApplicationId, Stage, RejectionReason, RejectionNote, Version);
}
