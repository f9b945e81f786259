using Marketplace.Domain.Common;

namespace Marketplace.Application.Startups;

public sealed record MyStartupItem(Guid Id, LocalizedText Name, NamedCode Cluster, string Stage, DateTime JoinedAt);
