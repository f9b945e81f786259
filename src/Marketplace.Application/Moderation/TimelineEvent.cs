namespace Marketplace.Application.Moderation;

/// <summary>One step of a listing's history, for those who edit it: <see cref="Kind"/> names a "Timeline.*" resource.</summary>
public sealed record TimelineEvent(DateTime At, string Kind, string? Reason);
