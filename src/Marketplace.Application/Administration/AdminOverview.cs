using Marketplace.Application.Common;
using Marketplace.Application.Moderation;

namespace Marketplace.Application.Administration;

/// <param name="Pending">Requests waiting for a decision, all types.</param>
/// <param name="Oldest">The request that has waited longest (answered first), or null when the queue is empty.</param>
/// <param name="SignUpsThisWeek">Accounts created in the last seven days.</param>
public sealed record AdminOverview(
    int Pending, IReadOnlyList<QueueCount> PendingByType, ModerationQueueItem? Oldest,
    int SignUpsThisWeek, IReadOnlyList<AdminAccount> RecentSignUps,
    int Suspended, IReadOnlyList<AdminAccount> SuspendedAccounts,
    long FailedJobs, IReadOnlyList<FailedJob> LatestFailedJobs);
