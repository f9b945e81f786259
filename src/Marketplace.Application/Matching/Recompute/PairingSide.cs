using Marketplace.Application.Matching.Kernel;

namespace Marketplace.Application.Matching.Recompute;

/// <summary>
/// One side of a pairing in a built market, as <see cref="PairingRefresh{TFirst, TSecond}"/> sees it:
/// which side it is, where a subject sits in the market, and how subjects are scored against the other side.
/// </summary>
public sealed class PairingSide<TCandidate>(
    MatchSide side, Func<Guid, int> indexOf, Func<int, TCandidate> candidate, Func<IReadOnlyList<TCandidate>, IReadOnlyList<MatchList>> score)
{
    public MatchSide Side => side;

    /// <summary>The lists of <paramref name="ids"/>: scored when in the market, empty when not (closed, unpublished, gone).</summary>
    public List<MatchList> Lists(IEnumerable<Guid> ids)
    {
        var inMarket = new List<TCandidate>();
        var lists = new List<MatchList>();
        foreach (var id in ids)
        {
            var i = indexOf(id);
            if (i >= 0)
                inMarket.Add(candidate(i));
            else
                lists.Add(new MatchList(id, []));
        }
        if (inMarket.Count > 0)
            lists.AddRange(score(inMarket));
        return lists;
    }
}
