using Marketplace.Application.Conversations;
using Marketplace.Application.Funds;
using Marketplace.Application.Funds.Applications;
using Marketplace.Application.Projects;
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

/// <summary>The founder's application page: the fund's mandate, the fit of the chosen project, and the message.</summary>
public sealed class ApplyForm : IFormPage
{
    [FromRoute(Name = "fundId")]
    public Guid FundId { get; set; }

    public Guid? ProjectId { get; set; }

    public string? Message { get; set; }

    [BindNever]
    public FitReport? Report { get; set; }

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) => Report = await sender.Send(new CheckMandateFit.Query(FundId, ProjectId), ct);

    public ApplyToFund.Command ToCommand() => new(FundId, ProjectId, Message);
}

/// <summary>A fund's inbox, with the form to decline an application (its note at the field when refused).</summary>
public sealed class InboxPage : IFormPage
{
    [FromRoute(Name = "fundId")]
    public Guid FundId { get; set; }

    public Guid ApplicationId { get; set; }
    public string? DeclineNote { get; set; }
    public int Version { get; set; }
    public int? Page { get; set; }
    public int? IntroPage { get; set; }

    [BindNever]
    public FundInbox? Inbox { get; set; }

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) => Inbox = await sender.Send(new ListFundApplications.Query(FundId, Page, IntroPage), ct);
}

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
