namespace Marketplace.Domain.Clusters;

/// <summary>The limits of a cluster, the same on the administrators' form and in the import.</summary>
public static class ClusterLimits
{
    public const int NameMaxLength = 100;
    public const int RegionMaxLength = 100;
    public const int DescriptionMaxLength = 4000;
}
