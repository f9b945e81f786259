namespace Marketplace.Application.Matching.Kernel;

/// <summary>A bucket's members and, beside them, copies of their keys, so a scan reads them in order rather than all over the index.</summary>
internal sealed class TalentBucket<TKey>(int[] members, TKey[] keys)
    where TKey : struct
{
    public int[] Members { get; } = members;
    public TKey[] Keys { get; } = keys;

    public static TalentBucket<TKey> Of(IEnumerable<int> members, TKey[] all)
    {
        var list = members.ToArray();
        var keys = new TKey[list.Length];
        for (var i = 0; i < list.Length; i++)
            keys[i] = all[list[i]];
        return new TalentBucket<TKey>(list, keys);
    }
}
