namespace Marketplace.Domain.Matching;

/// <summary>An incremental recompute asked for by a change; coalesced per entity (debounce).</summary>
public sealed class RecomputeRequest
{
    public long Id { get; set; }
    public string EntityKind { get; set; } = null!;
    public Guid EntityId { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime? DoneAt { get; set; }
}
