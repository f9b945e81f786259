namespace Marketplace.Application.Matching;

/// <summary>One soft factor as the "why" panel shows it: whose want, what, its points of the score and its share, in a sentence.</summary>
public sealed record ExplainedFactor(string Code, string Side, string SideName, string Name, decimal Points, int SharePercent, string Sentence);
