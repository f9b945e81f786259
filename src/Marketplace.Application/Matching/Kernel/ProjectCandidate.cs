using Marketplace.Application.Funds;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// A fundraising project as the matching engine reads it, built from the database by a loader.
/// Only published projects are ever recommended; others may be passed and are left out.
/// </summary>
public sealed record ProjectCandidate(
    Guid Id,
    Guid StartupId,
    string Stage,
    long Amount,
    string Currency,
    IReadOnlyList<string> Sectors,
    string ClusterKey,
    IReadOnlyList<string> RelocationClusterKeys,
    ModerationState State,
    LocalizedText Title,
    LocalizedText Summary,
    DateTime PublishedAt,
    DateTime UpdatedAt)
{
    /// <summary>The same project as <see cref="MandateFit"/> reads it.</summary>
    public DealSnapshot Deal => new(Stage, Amount, Currency, Sectors, ClusterKey, RelocationClusterKeys, State);
}
