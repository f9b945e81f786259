using Marketplace.Domain.Common;

namespace Marketplace.Application.Positions;

/// <summary>An open position as discovery lists it.</summary>
public sealed record PositionCard(
    Guid Id, LocalizedText Title, LocalizedText Excerpt, PositionPoster Poster, string Type, string? ClusterKey, LocalizedText? ClusterName,
    bool Remote, string? MinDegree, DateOnly? Deadline, DateTime PublishedAt);
