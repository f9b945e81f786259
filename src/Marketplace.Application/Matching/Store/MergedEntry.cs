using Marketplace.Application.Matching.Kernel;

namespace Marketplace.Application.Matching.Store;

/// <summary>An entry of a merged list: its target, and its new recommendation when rescored (null: the held entry stays as it was).</summary>
public sealed record MergedEntry(Guid TargetId, Recommendation? Rescored);
