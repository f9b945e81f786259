using Marketplace.Domain.Common;

namespace Marketplace.Application.Startups;

/// <summary>The public part of a startup: what anyone may see.</summary>
public sealed record StartupDetails(
    Guid Id, LocalizedText Name, LocalizedText Description, NamedCode Cluster, IReadOnlyList<NamedCode> Sectors, string Stage,
    int? FoundedYear, int? TeamSize, string? Website, bool HasLogo, IReadOnlyList<NamedCode> RelocationClusters,
    IReadOnlyList<StartupProjectItem> Projects, bool IsOwner, bool IsVerified);
