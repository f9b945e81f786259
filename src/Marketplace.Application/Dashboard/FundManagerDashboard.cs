using Marketplace.Application.Matching;

namespace Marketplace.Application.Dashboard;

/// <param name="Recommendations">Each fund's top recommended projects, in the order of <see cref="Funds"/>.</param>
/// <param name="Checklist">Create or join a fund, define its mandate, review its recommendations.</param>
/// <param name="PendingApplications">Founders' applications waiting in the inboxes of the manager's funds.</param>
public sealed record FundManagerDashboard(IReadOnlyList<DashboardFund> Funds, DashboardRecommendations Recommendations, Checklist Checklist, int PendingApplications);
