using System.Runtime.CompilerServices;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>The reciprocal combination: the harmonic mean of the two sides' fits, as a weighted sum of them.</summary>
internal static class Reciprocal
{
    /// <summary>
    /// H = 2ab / (a + b) = a·b/(a+b) + b·a/(a+b): each side's fit counts with the other side's share,
    /// so the side that fits less decides more. A side without weights drops out (one-sided score).
    /// Returns the score and the multipliers of each side's fit.
    /// </summary>
    /// <summary>
    /// The score of factor values <paramref name="v"/> under weights <paramref name="w"/> (one per
    /// factor), side A's factors before <paramref name="firstB"/> and side B's from it, each side's
    /// fit its weighted mean (total weights <paramref name="weightA"/>, <paramref name="weightB"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (double Score, double ShareA, double ShareB) Of(ReadOnlySpan<double> v, double[] w, int firstB, double weightA, double weightB)
    {
        double a = 0, b = 0;
        for (var i = 0; i < firstB; i++)
            a += w[i] * v[i];
        for (var i = firstB; i < w.Length; i++)
            b += w[i] * v[i];
        a = weightA > 0 ? a / weightA : 0;
        b = weightB > 0 ? b / weightB : 0;
        return Combine(a, b, weightA > 0, weightB > 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (double Score, double ShareA, double ShareB) Combine(double a, double b, bool hasA, bool hasB)
    {
        if (!hasA)
            return (b, 0, 1);
        if (!hasB)
            return (a, 1, 0);
        var sum = a + b;
        if (sum <= 0)
            return (0, 0, 0);
        var shareA = b / sum;
        var shareB = a / sum;
        return (shareA * a + shareB * b, shareA, shareB);
    }
}
