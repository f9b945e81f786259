namespace Marketplace.Application.Matching.Kernel;

/// <summary>A calendar day (a deadline).</summary>
public sealed record DateArg(DateOnly Date) : FitArg;
