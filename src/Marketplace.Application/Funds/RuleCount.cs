namespace Marketplace.Application.Funds;

/// <summary>How many published projects pass one rule the mandate sets.</summary>
public sealed record RuleCount(string Rule, int Passing);
