namespace Marketplace.Domain.Matching;

/// <summary>One chunk of a generation: done chunks are skipped when a killed run is resumed.</summary>
public sealed class RecommendationChunk
{
    public long GenerationId { get; set; }
    public int Index { get; set; }
    public DateTime? DoneAt { get; set; }
}
