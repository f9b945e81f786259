using System.Runtime.CompilerServices;

namespace Marketplace.Application.Matching.Kernel;

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
