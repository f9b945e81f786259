using Marketplace.Domain.Common;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// A position as the matching engine reads it. <paramref name="Open"/> is the loader's answer to
/// <c>Position.IsOpen(today)</c> (published and not past its deadline); the engine checks the
/// deadline again against its own clock. <paramref name="ClusterKey"/> is null for a remote-only post.
/// </summary>
public sealed record PositionCandidate(
    Guid Id,
    PosterKind PosterKind,
    Guid PosterId,
    bool PosterVerified,
    string Type,
    IReadOnlyList<string> ResearchAreas,
    IReadOnlyList<string> Skills,
    string? MinDegree,
    int? MinYearsExperience,
    string? ClusterKey,
    bool Remote,
    bool Open,
    DateOnly? Deadline,
    LocalizedText Title,
    LocalizedText Description,
    DateTime PublishedAt);
