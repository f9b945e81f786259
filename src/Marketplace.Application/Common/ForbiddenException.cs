namespace Marketplace.Application.Common;

/// <summary>The current user may not do this (role or ownership).</summary>
public sealed class ForbiddenException(string? reason = null) : Exception(reason ?? "Forbidden.");
