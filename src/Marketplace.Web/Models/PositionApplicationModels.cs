using Marketplace.Application.Positions.Applications;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>A researcher's application form for a position: the note, and the page around it.</summary>
public sealed class PositionApplyForm : IFormPage
{
    [FromRoute(Name = "id")]
    public Guid PositionId { get; set; }

    public string? Note { get; set; }

    [BindNever]
    public ApplyPage? Page { get; set; }

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) => Page = await sender.Send(new GetApplyPage.Query(PositionId), ct);

    public ApplyToPosition.Command ToCommand() => new(PositionId, Note);
}

/// <summary>One of the researcher's applications, with the withdraw form.</summary>
public sealed class MyPositionApplicationPage : IFormPage
{
    [FromRoute(Name = "id")]
    public Guid Id { get; set; }

    public int Version { get; set; }

    [BindNever]
    public MyPositionApplication? Application { get; set; }

    public static MyPositionApplicationPage For(MyPositionApplication application) =>
        new() { Id = application.Id, Version = application.Version, Application = application };

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) => Application = await sender.Send(new GetMyPositionApplication.Query(Id), ct);

    public WithdrawPositionApplication.Command ToWithdrawCommand() => new(Id, Version);
}

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
