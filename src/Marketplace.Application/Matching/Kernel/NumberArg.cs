namespace Marketplace.Application.Matching.Kernel;

/// <summary>A plain number (a day count, a share of a capacity, a years-of-experience figure).</summary>
public sealed record NumberArg(string Name, double Value) : FitArg;
