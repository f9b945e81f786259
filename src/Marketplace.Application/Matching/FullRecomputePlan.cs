namespace Marketplace.Application.Matching;

/// <summary>The chunks of a full generation still to compute.</summary>
public sealed record FullRecomputePlan(long GenerationId, string Pairing, int ChunkCount, IReadOnlyList<int> PendingChunks, bool Resumed);
