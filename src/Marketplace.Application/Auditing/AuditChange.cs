namespace Marketplace.Application.Auditing;

/// <summary>One changed property of an audit line; <see cref="HasBefore"/> is false for a new row.</summary>
public sealed record AuditChange(string Property, bool HasBefore, string? Before, string? After);
