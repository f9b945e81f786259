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

/// <summary>The list page: the recommendations, and the dismissal that was refused (its item shows the message).</summary>
public sealed record RecommendationsPage(RecommendationList List, RecommendationFeedbackForm? Failed = null);

/// <summary>One item as a list or a dashboard renders it, with the forms that act on it.</summary>
public sealed record RecommendationItemView(
    RecommendedItem Item, string SubjectKind, Guid SubjectId, IReadOnlyList<string> Reasons, string? ReturnUrl, string? ReasonError, bool Compact);

/// <summary>The recommendation settings on the profile page; a refused post shows the profile page again, with the message at the switch.</summary>
public sealed class RecommendationSettingsForm : IFormPage
{
    public bool RecommendationsEnabled { get; set; }
    public bool DigestEnabled { get; set; }

    [BindNever]
    public ProfileForm? Profile { get; set; }

    // Explicit, so that model binding and validation never read it.
    object IFormPage.PageModel => Profile ?? throw new InvalidOperationException("The profile page is loaded first.");

    public SetRecommendationSettings.Command ToCommand() => new(RecommendationsEnabled, DigestEnabled);

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) =>
        Profile = ProfileForm.From(await sender.Send(new Application.Profiles.GetMyProfile.Query(), ct));
}
