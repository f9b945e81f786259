using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Clusters;

public sealed record ClusterDetails(
    Guid Id, string Key, LocalizedText Name, string CountryCode, string? Region, DevelopmentMode Mode,
    LocalizedText Description, int Version, ClusterCounts Counts);
