namespace Marketplace.Application.Common;

/// <summary>One background job that failed for good (its retries used up), as the administrator's home lists it.</summary>
public sealed record FailedJob(string Id, string Name, DateTime? FailedAt, string? Reason);
