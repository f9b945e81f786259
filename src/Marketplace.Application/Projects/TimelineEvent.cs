namespace Marketplace.Application.Projects;

/// <summary>One step of a project's history, for its owners: <see cref="Kind"/> names a "Timeline.*" resource.</summary>
public sealed record TimelineEvent(DateTime At, string Kind, string? Reason);
