namespace Marketplace.Application.Matching.Kernel;

/// <summary>The amount a project seeks, and what it comes to in the fund's ticket currency when that differs.</summary>
public sealed record SoughtArg(long Amount, string Currency, long? Converted, string? ConvertedCurrency) : FitArg;
