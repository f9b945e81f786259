namespace Marketplace.Application.Matching.Kernel;

/// <summary>A subject's top recommendations, best first.</summary>
public sealed record MatchList(Guid SubjectId, IReadOnlyList<Recommendation> Items);
