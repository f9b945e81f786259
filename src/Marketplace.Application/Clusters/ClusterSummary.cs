using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Clusters;

public sealed record ClusterSummary(
    Guid Id, string Key, LocalizedText Name, string CountryCode, string? Region, DevelopmentMode Mode,
    int Members, DateTime? StatisticsRefreshedAt);
