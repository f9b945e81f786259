namespace Marketplace.Application.Matching.Kernel;

/// <summary>Kinds of <see cref="ExplanationCache.Args{TState}"/> lists.</summary>
internal static class ArgKinds
{
    public const int Stage = 0, Cluster = 1, ClusterAndHome = 2, ProjectMoney = 3, ProjectDays = 4, FundCapacity = 5, MandateSectors = 6, FundRange = 7;
    public const int PositionDays = 10, PositionCluster = 11, PositionType = 12;
}
