namespace Marketplace.Application.Matching.Kernel;

/// <summary>An amount in whole units of a currency.</summary>
public sealed record MoneyArg(long Amount, string Currency) : FitArg;
