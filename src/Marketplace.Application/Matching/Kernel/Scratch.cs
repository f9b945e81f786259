using System.Collections.Concurrent;

namespace Marketplace.Application.Matching.Kernel;

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
