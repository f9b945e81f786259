namespace Marketplace.Application.Matching;

/// <summary>A subject's recommendations: <see cref="Computed"/> false before the first computation of its pairing.</summary>
public sealed record RecommendationSlice(bool Computed, int Total, IReadOnlyList<RecommendedItem> Items);
