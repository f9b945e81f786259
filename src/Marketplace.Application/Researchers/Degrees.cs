using Marketplace.Domain.Common;

namespace Marketplace.Application.Researchers;

/// <summary>The degree scale: none &lt; bachelor &lt; master &lt; PhD (the order of <see cref="Codes.Degrees"/>).</summary>
public static class Degrees
{
    /// <summary>The degree codes at or above <paramref name="minimum"/>; every code for an unknown one.</summary>
    public static IReadOnlyList<string> AtLeast(string minimum)
    {
        var index = Codes.Degrees.ToList().IndexOf(minimum);
        return index < 0 ? Codes.Degrees : Codes.Degrees.Skip(index).ToList();
    }
}
