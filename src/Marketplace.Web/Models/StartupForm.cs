using Marketplace.Application.Startups;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The new-startup and edit-startup form; the id comes from the URL when editing.</summary>
public sealed class StartupForm : IFormPage
{
    public Guid Id { get; set; }
    public string? NameEn { get; set; }
    public string? NameZh { get; set; }
    public string? DescriptionEn { get; set; }
    public string? DescriptionZh { get; set; }
    public string ClusterKey { get; set; } = "";
    public List<string> Sectors { get; set; } = [];
    public string Stage { get; set; } = "";
    public string? FoundedYear { get; set; }
    public string? TeamSize { get; set; }
    public string? Website { get; set; }
    public List<string> RelocationClusterKeys { get; set; } = [];
    public int Version { get; set; }

    /// <summary>The clusters and sectors to choose from. Never bound from the form.</summary>
    [BindNever]
    public StartupChoices? Choices { get; set; }

    [BindNever]
    public bool HasLogo { get; set; }

    public bool IsNew => Id == Guid.Empty;

    public static StartupForm From(StartupEdit s) => new()
    {
        Id = s.Id,
        NameEn = s.NameEn,
        NameZh = s.NameZh,
        DescriptionEn = s.DescriptionEn,
        DescriptionZh = s.DescriptionZh,
        ClusterKey = s.ClusterKey,
        Sectors = [.. s.Sectors],
        Stage = s.Stage,
        FoundedYear = s.FoundedYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        TeamSize = s.TeamSize?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Website = s.Website,
        RelocationClusterKeys = [.. s.RelocationClusterKeys],
        Version = s.Version,
        Choices = s.Choices,
        HasLogo = s.HasLogo,
    };

    public CreateStartup.Command ToCreateCommand() =>
        new(NameEn, NameZh, DescriptionEn, DescriptionZh, ClusterKey ?? "", Sectors ?? [], Stage ?? "", FoundedYear, TeamSize, Website,
            RelocationClusterKeys ?? []);

    public UpdateStartup.Command ToUpdateCommand(Guid id) =>
        new(id, NameEn, NameZh, DescriptionEn, DescriptionZh, ClusterKey ?? "", Sectors ?? [], Stage ?? "", FoundedYear, TeamSize, Website,
            RelocationClusterKeys ?? [], Version);

    /// <summary>An edit form loads through the owners' query, so a refused save by someone else ends in 403, not a form.</summary>
    public async Task LoadPageAsync(ISender sender, CancellationToken ct)
    {
        if (IsNew)
        {
            Choices = await sender.Send(new GetStartupChoices.Query(), ct);
            return;
        }
        var saved = await sender.Send(new GetStartupForEdit.Query(Id), ct);
        Choices = saved.Choices;
        HasLogo = saved.HasLogo;
    }
}
