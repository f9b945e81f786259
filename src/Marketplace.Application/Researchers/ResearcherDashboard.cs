using Marketplace.Application.Dashboard;
using Marketplace.Application.Matching;

namespace Marketplace.Application.Researchers;

/// <param name="Recommendations">The top recommended positions (none without a profile).</param>
public sealed record ResearcherDashboard(
    bool HasProfile, string Visibility, Completeness Completeness, IReadOnlyList<DashboardApplication> Applications, int ApplicationCount,
    DashboardRecommendations Recommendations, Checklist Checklist);
