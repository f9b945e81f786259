namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// How factor contributions add up exactly. Scores are decimals with <see cref="Decimals"/> places.
/// The score is the combined value rounded half to even; each contribution is first cut down
/// (floored) to a millionth, then the millionths still missing to reach the score go one each to
/// the factors with the largest cut-off remainders (ties: the earlier factor). So the contributions
/// sum to the score exactly, and each is within one millionth of its exact value.
/// </summary>
public static class ScoreRounding
{
    public const int Decimals = 6;
    private const double Scale = 1_000_000d;

    public static decimal Round(double score) => Millionths((long)Math.Round(score * Scale, MidpointRounding.ToEven));

    /// <summary>A count of millionths as a decimal with six places, built directly (a decimal division is slow).</summary>
    private static decimal Millionths(long units)
    {
        var magnitude = units < 0 ? (ulong)-units : (ulong)units;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, units < 0, Decimals);
    }

    public static decimal[] Apportion(double score, ReadOnlySpan<double> contributions)
    {
        var result = new decimal[contributions.Length];
        Apportion(score, contributions, result);
        return result;
    }

    /// <summary><see cref="Apportion(double, ReadOnlySpan{double})"/> into a buffer of the same length (no allocation).</summary>
    internal static void Apportion(double score, ReadOnlySpan<double> contributions, Span<decimal> result)
    {
        var n = contributions.Length;
        if (n == 0)
            return;
        var total = (long)Math.Round(score * Scale, MidpointRounding.ToEven);
        Span<long> units = stackalloc long[n];
        Span<double> remainders = stackalloc double[n];
        Span<int> order = stackalloc int[n];
        long sum = 0;
        for (var i = 0; i < n; i++)
        {
            var scaled = contributions[i] * Scale;
            units[i] = (long)Math.Floor(scaled);
            remainders[i] = scaled - units[i];
            sum += units[i];
            // Insertion sort by remainder, largest first, earlier factor first on ties: factors are a dozen at most.
            var j = i;
            for (; j > 0 && remainders[order[j - 1]] < remainders[i]; j--)
                order[j] = order[j - 1];
            order[j] = i;
        }
        // The floors' sum is within the factor count of the total; the loops also take back a surplus
        // (possible only through floating-point error), from the smallest remainders.
        for (var j = 0; sum < total; j = (j + 1) % n, sum++)
            units[order[j]]++;
        for (var j = n - 1; sum > total; j = (j + n - 1) % n, sum--)
            units[order[j]]--;
        for (var i = 0; i < n; i++)
            result[i] = Millionths(units[i]);
    }
}
