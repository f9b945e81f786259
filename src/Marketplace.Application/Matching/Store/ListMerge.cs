namespace Marketplace.Application.Matching.Store;

/// <summary>A subject's list as it is stored (<see cref="Held"/>) and as it is to be, best first (<see cref="Top"/>).</summary>
public sealed record ListMerge(Guid SubjectId, IReadOnlyList<StoredEntry> Held, IReadOnlyList<MergedEntry> Top);
