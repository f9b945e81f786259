namespace Marketplace.Domain.Matching;

/// <summary>
/// One full recompute of a pairing. Its rows become visible all at once, when the last chunk is done
/// and <see cref="CurrentGeneration"/> is switched to it in one transaction; until then readers keep
/// seeing the previous generation, however the run ends.
/// </summary>
public sealed class RecommendationGeneration
{
    public long Id { get; set; }
    public string Pairing { get; set; } = null!;
    public GenerationStatus Status { get; set; }
    public int ChunkCount { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}
