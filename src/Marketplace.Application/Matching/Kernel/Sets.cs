using System.Runtime.CompilerServices;

namespace Marketplace.Application.Matching.Kernel;

internal static class Sets
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Contains(int[] sorted, int id)
    {
        // Sets are a handful of codes: a linear scan beats a binary search.
        foreach (var x in sorted)
            if (x == id)
                return true;
        return false;
    }

    public static int Overlap(int[] a, int[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                n++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
                i++;
            else
                j++;
        }
        return n;
    }

    public static bool Intersects(int[] a, int[] b) => Overlap(a, b) > 0;

    public static double Jaccard(int[] a, int[] b)
    {
        if (a.Length == 0 && b.Length == 0)
            return 0;
        var shared = Overlap(a, b);
        return shared / (double)(a.Length + b.Length - shared);
    }

    public static int[] Tags(int[] first, int[] second) => [.. first.Select(x => x * 2).Concat(second.Select(x => x * 2 + 1)).Order()];
}
