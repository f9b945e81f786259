namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// One soft factor of a recommendation. <see cref="Side"/> says whose wants it measures (the fund's,
/// the project's, ...; feedback is the viewer's), <see cref="Value"/> how well they are met in [0, 1]
/// (feedback: the similarity), <see cref="Weight"/> the configured weight, and <see cref="Contribution"/>
/// the part of the score it makes (negative for a dismissed look-alike).
/// </summary>
public readonly record struct MatchFactor(MatchSide Side, string Code, decimal Contribution, double Value, double Weight, IReadOnlyList<FitArg> Arguments);
