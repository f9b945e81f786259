namespace Marketplace.Domain.Clusters;

/// <summary>
/// What a cluster has on the market, refreshed by a background job so the cluster pages
/// read one row instead of counting on every request. Later issues add their counts.
/// </summary>
public sealed class ClusterStatistics
{
    public Guid ClusterId { get; set; }
    public int Members { get; set; }
    public int Founders { get; set; }
    public int FundManagers { get; set; }
    public int Researchers { get; set; }
    public DateTime RefreshedAt { get; set; }
}
