using Marketplace.Application.Startups;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Dashboard;

public sealed record DashboardStartup(Guid Id, LocalizedText Name, NamedCode Cluster, string Stage, IReadOnlyList<DashboardProject> Projects);
