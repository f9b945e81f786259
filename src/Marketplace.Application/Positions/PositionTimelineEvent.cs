namespace Marketplace.Application.Positions;

/// <summary>One step of a position's history, for its posters: <see cref="Kind"/> names a "Timeline.*" resource.</summary>
public sealed record PositionTimelineEvent(DateTime At, string Kind, string? Reason);
