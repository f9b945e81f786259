using Marketplace.Application.Funds;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// A fund as the matching engine reads it. Whether it is open to new deals is the mandate's
/// <see cref="MandateSnapshot.OpenToNewDeals"/>. <paramref name="WeeklyCapacity"/> is how many
/// applications it answers a week (null: no limit), <paramref name="InboxThisWeek"/> how many it
/// received in the current week.
/// </summary>
public sealed record FundCandidate(
    Guid Id,
    MandateSnapshot Mandate,
    string? HomeClusterKey,
    LocalizedText Description,
    int? WeeklyCapacity,
    int InboxThisWeek);
