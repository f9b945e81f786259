namespace Marketplace.Domain.Researchers;

public static class SkillTags
{
    /// <summary>Lower case, trimmed, inner whitespace collapsed to single hyphens: "Distributed Training" → "distributed-training".</summary>
    public static string Normalise(string raw)
    {
        var parts = raw.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join('-', parts);
    }
}
