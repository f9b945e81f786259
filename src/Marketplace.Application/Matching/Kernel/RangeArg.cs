namespace Marketplace.Application.Matching.Kernel;

/// <summary>A ticket range; either bound may be missing.</summary>
public sealed record RangeArg(long? Min, long? Max, string Currency) : FitArg;
