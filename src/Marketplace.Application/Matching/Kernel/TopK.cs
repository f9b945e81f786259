using System.Runtime.CompilerServices;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>The best k (score, candidate) pairs: a min-heap whose root is the worst kept. Ties go to the lower candidate index.</summary>
internal sealed class TopK(int k)
{
    private readonly double[] scores = new double[Math.Max(k, 1)];
    private readonly int[] items = new int[Math.Max(k, 1)];

    public int Count { get; private set; }
    public int Capacity => k;
    public bool Full => Count == k;

    /// <summary>The score a candidate must beat once the heap is full.</summary>
    public double Threshold => Full ? scores[0] : double.NegativeInfinity;

    public void Clear() => Count = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Worse(double s1, int i1, double s2, int i2) => s1 < s2 || s1 == s2 && i1 > i2;

    public void Offer(double score, int item)
    {
        if (k == 0)
            return;
        if (Count < k)
        {
            var c = Count++;
            scores[c] = score;
            items[c] = item;
            while (c > 0)
            {
                var parent = (c - 1) / 2;
                if (!Worse(scores[c], items[c], scores[parent], items[parent]))
                    break;
                Swap(c, parent);
                c = parent;
            }
            return;
        }
        if (!Worse(scores[0], items[0], score, item))
            return;
        scores[0] = score;
        items[0] = item;
        var i = 0;
        while (true)
        {
            int l = 2 * i + 1, r = l + 1, w = i;
            if (l < Count && Worse(scores[l], items[l], scores[w], items[w]))
                w = l;
            if (r < Count && Worse(scores[r], items[r], scores[w], items[w]))
                w = r;
            if (w == i)
                break;
            Swap(i, w);
            i = w;
        }
    }

    /// <summary>The kept pairs, best first.</summary>
    public (double Score, int Item)[] Sorted()
    {
        var result = new (double Score, int Item)[Count];
        for (var i = 0; i < Count; i++)
            result[i] = (scores[i], items[i]);
        Array.Sort(result, (a, b) => Worse(a.Score, a.Item, b.Score, b.Item) ? 1 : Worse(b.Score, b.Item, a.Score, a.Item) ? -1 : 0);
        return result;
    }

    private void Swap(int a, int b)
    {
        (scores[a], scores[b]) = (scores[b], scores[a]);
        (items[a], items[b]) = (items[b], items[a]);
    }
}
