namespace Marketplace.Application.Import;

/// <summary>
/// What a fund invests in. Every rule is optional: no sectors (stages, clusters) means any.
/// <paramref name="OpenToNewDeals"/> (default true) and <paramref name="WeeklyCapacity"/> (applications
/// the team answers per week; default no limit) are extensions of docs/import-format.md.
/// </summary>
public sealed record MandateJson(
    IReadOnlyList<string?>? Sectors,
    IReadOnlyList<string?>? Stages,
    TicketJson? Ticket,
    IReadOnlyList<string?>? Clusters,
    bool? OpenToOtherClusters,
    bool? OpenToNewDeals,
    int? WeeklyCapacity,
    GuidanceJson? Guidance);
