namespace Marketplace.Application.Matching.Kernel;

public enum PosterKind
{
    Startup,
    Fund,
}
