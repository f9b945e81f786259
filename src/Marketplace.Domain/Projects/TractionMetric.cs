namespace Marketplace.Domain.Projects;

/// <summary>A structured traction figure: a metric code (see <see cref="TractionMetrics"/>) and a whole-number value.</summary>
public sealed record TractionMetric(string Metric, long Value);
