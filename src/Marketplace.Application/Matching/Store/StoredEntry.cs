namespace Marketplace.Application.Matching.Store;

/// <summary>One stored recommendation of a list: its row, subject, target, (rounded) score and rank.</summary>
public sealed record StoredEntry(long Id, Guid SubjectId, Guid TargetId, double Score, int Rank);
