namespace Marketplace.Application.Clusters;

public sealed record ClusterCounts(int Members, int Founders, int FundManagers, int Researchers, DateTime? RefreshedAt);
