namespace Marketplace.Application.Import;

/// <summary>A yearly compensation range in whole units of one currency; either end may be open.</summary>
public sealed record CompensationJson(long? Min, long? Max, string? Currency);
