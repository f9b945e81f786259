using Marketplace.Application.Matching;
using Marketplace.Application.Notifications;

namespace Marketplace.Application.Dashboard;

/// <param name="Recommendations">Recommended funds for each published project, and researchers for each open position of the founder's startups.</param>
/// <param name="Checklist">Create a startup, list a project, submit it for review.</param>
/// <param name="PendingIntros">Intro requests from funds waiting for the founder's answer.</param>
public sealed record FounderDashboard(
    IReadOnlyList<DashboardStartup> Startups, IReadOnlyList<NotificationItem> Notifications, int UnreadNotifications, DashboardRecommendations Recommendations,
    Checklist Checklist, int PendingIntros);
