using Marketplace.Domain.Common;

namespace Marketplace.Application.Dashboard;

public sealed record DashboardFund(Guid Id, LocalizedText Name, string Type, string Role);
