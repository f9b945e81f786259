using Marketplace.Application.Matching.Kernel;

namespace Marketplace.Application.Matching.Recompute;

/// <summary>
/// A fund ↔ project market kept for incremental runs. <see cref="ReadAfter"/> is an instant before the
/// database was read for it: a project or startup change whose request was answered after it (or is
/// still pending) may be missing, so the next batch rebuilds. Funds changed since then are scored as
/// prepared candidates on top of it (<see cref="FundsChangedSince"/>); their own entries in
/// <c>Market.Funds</c> are stale and are never read for them.
/// </summary>
internal sealed class KeptFundProjectMarket(FundProjectMarket market, DateTime readAfter, MatchingWeights weights)
{
    public FundProjectMarket Market { get; } = market;
    public DateTime ReadAfter { get; } = readAfter;
    public MatchingWeights Weights { get; } = weights;
    public HashSet<Guid> FundsChangedSince { get; } = [];
}
