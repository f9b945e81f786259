using Marketplace.Application.Matching;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>
/// A save, unsave, dismissal or "add to pipeline" of one recommended item. <see cref="Kind"/> and
/// <see cref="Id"/> come from the route (the list's subject). A refused dismissal re-renders the list
/// with the message at the item's reason.
/// </summary>
public sealed class RecommendationFeedbackForm : IFormPage
{
    [FromRoute(Name = "kind")]
    public string Kind { get; set; } = "";

    [FromRoute(Name = "id")]
    public Guid Id { get; set; }

    public Guid TargetId { get; set; }
    public string? Reason { get; set; }

    /// <summary>Where to go back to (the dashboard the form was on); only a local address is followed.</summary>
    public string? ReturnUrl { get; set; }

    [BindNever]
    public RecommendationList? List { get; set; }

    public GiveRecommendationFeedback.Command ToCommand(string action) => new(Kind, Id, TargetId, action, Reason);

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) => List = await sender.Send(new GetRecommendations.Query(Kind, Id), ct);
}
