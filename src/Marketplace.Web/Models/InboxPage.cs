using Marketplace.Application.Funds.Applications;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

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
