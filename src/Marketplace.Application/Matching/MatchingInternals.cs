using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Marketplace.Application.Matching;

/// <summary>Codes (stages, sectors, clusters, ..., and the words of a market's texts) as small integers; ids are never reused. Safe for concurrent use.</summary>
internal sealed class CodeTable
{
    private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> codes = [];
    private readonly Lock gate = new();

    public int Count => codes.Count;

    public int Id(string code)
    {
        if (ids.TryGetValue(code, out var id))
            return id;
        lock (gate)
        {
            if (ids.TryGetValue(code, out id))
                return id;
            id = codes.Count;
            codes.Add(code);
            ids[code] = id;
            return id;
        }
    }

    /// <summary>The id of a code already seen, else -1 (matches nothing).</summary>
    public int Find(string? code) => code is not null && ids.TryGetValue(code, out var id) ? id : -1;

    public string Code(int id)
    {
        lock (gate)
            return codes[id];
    }

    public int[] Ids(IEnumerable<string>? list) => list is null ? [] : [.. list.Select(Id).Distinct().Order()];
}

/// <summary>Code sets as bit masks: exact when every id fits (areas, sectors and clusters below 64, skills below 128), else the kernels count with <see cref="Sets"/>.</summary>
internal static class Masks
{
    public const byte AreasExact = 1, SkillsExact = 2, ClustersExact = 4, SectorsExact = 8;

    /// <summary>The bit of one id in a 64-bit mask (none for ids that do not fit, or -1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Bit(int id) => (uint)id < 64 ? 1UL << id : 0;

    public static (ulong Mask, bool Exact) Of64(int[] ids)
    {
        ulong mask = 0;
        foreach (var id in ids)
        {
            if (id >= 64)
                return (0, false);
            mask |= 1UL << id;
        }
        return (mask, true);
    }

    public static (Mask128 Mask, bool Exact) Of128(int[] ids)
    {
        ulong low = 0, high = 0;
        foreach (var id in ids)
        {
            if (id >= 128)
                return (default, false);
            if (id < 64)
                low |= 1UL << id;
            else
                high |= 1UL << (id - 64);
        }
        return (new Mask128(low, high), true);
    }
}

internal readonly record struct Mask128(ulong Low, ulong High);

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

/// <summary>
/// Per-thread scratch of a scoring pass: a dense copy of the subject's text vector, stamps over the
/// candidates, and the top k. Megabytes at full scale, so a chunk takes them from <see cref="Rent"/>
/// and gives them back: a full recompute of hundreds of chunks reuses a few instead of leaving
/// hundreds on the large object heap. The dense array is all zeros between subjects; stamps only
/// ever grow, so a reused array needs no clearing.
/// </summary>
internal sealed class Scratch
{
    private static readonly ConcurrentQueue<Scratch> Pool = new();

    private Scratch()
    {
    }

    public float[] Dense { get; private set; } = [];
    public int[] Stamp { get; private set; } = [];
    public int[] Excluded { get; private set; } = [];
    public TopK Top { get; private set; } = new(1);
    public int Current;
    public bool Dirty;
    public long Admitted;
    public long Scored;

    /// <summary>A scratch for texts of <paramref name="vocabulary"/> terms over <paramref name="candidates"/> candidates, keeping the best <paramref name="k"/>.</summary>
    public static Scratch Rent(int vocabulary, int candidates, int k)
    {
        var scratch = Pool.TryDequeue(out var pooled) ? pooled : new Scratch();
        if (scratch.Dense.Length < Math.Max(vocabulary, 1))
            scratch.Dense = new float[Math.Max(vocabulary, 1)];
        if (scratch.Stamp.Length < candidates)
        {
            scratch.Stamp = new int[candidates];
            scratch.Excluded = new int[candidates];
        }
        if (scratch.Top.Capacity != k)
            scratch.Top = new TopK(k);
        scratch.Admitted = scratch.Scored = 0;
        return scratch;
    }

    /// <summary>Back to the pool (at most a few per core are kept).</summary>
    public static void Return(Scratch scratch)
    {
        if (!scratch.Dirty && Pool.Count < 2 * Environment.ProcessorCount)
            Pool.Enqueue(scratch);
    }
}
