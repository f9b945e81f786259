using System.Collections.Concurrent;

namespace Marketplace.Application.Matching.Kernel;

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
