namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// One recommended candidate for a subject, with the score and everything that made it.
/// <see cref="Score"/> is the exact sum of the factors' <see cref="MatchFactor.Contribution"/>s
/// (see <see cref="ScoreRounding"/>); <see cref="Rules"/> are the hard rules the pair passed, in a
/// fixed order, with reasons pages render from resources.
/// </summary>
public sealed record Recommendation(Guid CandidateId, decimal Score, IReadOnlyList<MatchFactor> Factors, IReadOnlyList<RuleOutcome> Rules);
