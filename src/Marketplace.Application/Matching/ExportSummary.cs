namespace Marketplace.Application.Matching;

/// <summary>How many lists and recommendations an export wrote.</summary>
public sealed record ExportSummary(int Lists, int Recommendations);
