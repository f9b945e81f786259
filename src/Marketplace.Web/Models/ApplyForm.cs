using Marketplace.Application.Funds;
using Marketplace.Application.Funds.Applications;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

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
