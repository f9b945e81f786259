namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// Ranks a list as the engine does when only some of its entries were rescored: score descending, ties
/// by candidate id ascending (the engine's ties follow its index, which is sorted by id), at most k.
/// Stored scores are the rounded ones (six places): two candidates the engine told apart below that
/// (equal pairs may differ in the last bit of a double) tie here, and then their ids decide, so such
/// equals may swap places.
/// </summary>
public static class RecommendationMerge
{
    public static List<T> Rank<T>(IEnumerable<T> entries, Func<T, Guid> candidate, Func<T, double> score, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        return [.. entries.OrderByDescending(score).ThenBy(candidate).Take(k)];
    }
}
