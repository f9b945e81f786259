using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Dashboard;

/// <summary>One of the founder's projects with what they watch: its state, views and funds waiting for an answer.</summary>
public sealed record DashboardProject(Guid Id, LocalizedText Title, ModerationState State, int ViewCount, int PendingAccessRequests, DateTime UpdatedAt);
