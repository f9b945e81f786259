namespace Marketplace.Application.Import;

public sealed record TractionJson(string? Metric, long? Value);
