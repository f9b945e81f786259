using Marketplace.Application.Common;
using Marketplace.Application.Matching.Kernel;

namespace Marketplace.Application.Matching.Store;

/// <summary>
/// What the recompute reads: the markets the kernel scores (published projects and positions, funds,
/// researchers of active accounts), the latest feedback, and what changed since a market was read.
/// </summary>
public interface IMarketReader
{
    /// <summary>Every fund and every published project, prepared at <paramref name="now"/>.</summary>
    Task<FundProjectMarket> FundProjectMarketAsync(DateTime now, MatchingWeights weights, CancellationToken ct);

    /// <summary>Every researcher of an active account and every published position, prepared at <paramref name="now"/>.</summary>
    Task<TalentMarket> TalentMarketAsync(DateTime now, MatchingWeights weights, CancellationToken ct);

    /// <summary>The funds of <paramref name="ids"/> (all when null) as the kernel reads them.</summary>
    Task<List<FundCandidate>> FundsAsync(DateTime now, IReadOnlyCollection<Guid>? ids, CancellationToken ct);

    /// <summary>Each viewer's latest word on each item, of the viewers in <paramref name="subjects"/> (all when null).</summary>
    Task<FeedbackSet> FeedbackAsync(IReadOnlyCollection<Guid>? subjects, CancellationToken ct);

    /// <summary>The administrators' reference rates.</summary>
    Task<CurrencyTable> RatesAsync(CancellationToken ct);

    /// <summary>The projects of these startups, whatever their state.</summary>
    Task<IReadOnlyCollection<Guid>> ProjectsOfStartupsAsync(IReadOnlyCollection<Guid> startups, CancellationToken ct);

    /// <summary>The positions these startups posted, whatever their state.</summary>
    Task<IReadOnlyCollection<Guid>> PositionsOfStartupsAsync(IReadOnlyCollection<Guid> startups, CancellationToken ct);

    /// <summary>
    /// Whether a project or startup change may be missing from a market read after <paramref name="readAfter"/>:
    /// a change is written with its request, so one still pending, or answered after that instant, may be.
    /// </summary>
    Task<bool> ProjectSideChangedSinceAsync(DateTime readAfter, CancellationToken ct);
}
