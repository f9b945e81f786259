using Marketplace.Application.Matching;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

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
