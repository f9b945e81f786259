namespace Marketplace.Application.Matching.Kernel;

public enum FitCodeKind
{
    Stage,
    Sector,
    Cluster,
    Currency,
}
