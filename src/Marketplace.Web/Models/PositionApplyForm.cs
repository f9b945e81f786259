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
