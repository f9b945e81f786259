using Marketplace.Application.Clusters;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure;

/// <summary>Options for the forms' drop-down lists, read through the same use cases as the pages.</summary>
public sealed class SelectLists(ISender sender)
{
    public async Task<IReadOnlyList<(string Value, string Text)>> ClustersAsync(CancellationToken ct = default) =>
        (await sender.Send(new ListClusters.Query(), ct)).Select(c => (c.Key, c.Name.ForCurrentCulture())).ToList();

    public static IReadOnlyList<string> SelfChosenRoles => Codes.SelfChosenRoles;

    /// <summary>Sectors and rated currencies for the discovery filters.</summary>
    public async Task<Application.Projects.ProjectFilterOptions> ProjectFiltersAsync(CancellationToken ct = default) =>
        await sender.Send(new Application.Projects.GetProjectFilterOptions.Query(), ct);

    /// <summary>The active research areas, for the position filters.</summary>
    public async Task<IReadOnlyList<Application.Startups.NamedCode>> PositionFilterAreasAsync(CancellationToken ct = default) =>
        await sender.Send(new Application.Positions.GetPositionFilterOptions.Query(), ct);
}
