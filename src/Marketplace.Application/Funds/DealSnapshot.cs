using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Funds;

/// <summary>A project as <see cref="MandateFit"/> reads it: the round, and the startup behind it.</summary>
public sealed record DealSnapshot(
    string Stage,
    long Amount,
    string Currency,
    IReadOnlyCollection<string> Sectors,
    string ClusterKey,
    IReadOnlyCollection<string> RelocationClusterKeys,
    ModerationState State);
