using Marketplace.Application.Matching.Kernel;
using Marketplace.Application.Matching.Store;

namespace Marketplace.Application.Matching.Recompute;

/// <summary>
/// The incremental refresh of one pairing (fund ↔ project, researcher ↔ position) over a market built
/// after the change: the changed subjects' own lists first (empty for one no longer in the market),
/// then the other side's lists that held a changed subject, or that a changed subject now ranks in.
/// Every list it touches is replaced whole in the generation.
/// </summary>
public sealed class PairingRefresh<TFirst, TSecond>(PairingSide<TFirst> first, PairingSide<TSecond> second)
{
    public PairingSide<TFirst> First => first;
    public PairingSide<TSecond> Second => second;

    public async Task RunAsync(
        IRecommendationStore store, long generation, IReadOnlySet<Guid> changedFirst, IReadOnlySet<Guid> changedSecond, DateTime now, CancellationToken ct)
    {
        var firstLists = first.Lists(changedFirst);
        var secondLists = second.Lists(changedSecond);

        var firstToRefresh = await store.HoldersAsync(generation, first.Side, changedSecond, ct);
        firstToRefresh.UnionWith(secondLists.SelectMany(l => l.Items).Select(i => i.CandidateId));
        firstToRefresh.ExceptWith(changedFirst);
        var secondToRefresh = await store.HoldersAsync(generation, second.Side, changedFirst, ct);
        secondToRefresh.UnionWith(firstLists.SelectMany(l => l.Items).Select(i => i.CandidateId));
        secondToRefresh.ExceptWith(changedSecond);
        firstLists.AddRange(first.Lists(firstToRefresh));
        secondLists.AddRange(second.Lists(secondToRefresh));

        await store.ReplaceAsync(generation, generation, first.Side, firstLists, now, ct);
        await store.ReplaceAsync(generation, generation, second.Side, secondLists, now, ct);
    }
}
