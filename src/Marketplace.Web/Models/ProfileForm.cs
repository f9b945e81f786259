using Marketplace.Application.Profiles;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

public sealed class ProfileForm : IFormPage
{
    public string DisplayName { get; set; } = "";
    public string Culture { get; set; } = "en";
    public string? HomeClusterKey { get; set; }
    public string? TimeZone { get; set; }
    public int Version { get; set; }

    /// <summary>The profile as saved: the published name and the state of a proposed one. Never bound from the form.</summary>
    [BindNever]
    public MyProfile? Profile { get; set; }

    /// <summary>The form starts from the name the user last asked for, so saving the language alone keeps it in the queue.</summary>
    public static ProfileForm From(MyProfile profile) => new()
    {
        DisplayName = profile.PendingDisplayName ?? profile.DisplayName,
        Culture = profile.Culture,
        HomeClusterKey = profile.HomeClusterKey,
        TimeZone = profile.TimeZone,
        Version = profile.Version,
        Profile = profile,
    };

    public UpdateMyProfile.Command ToCommand() => new(DisplayName ?? "", Culture ?? "", HomeClusterKey, Version, TimeZone);

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) => Profile = await sender.Send(new GetMyProfile.Query(), ct);
}
