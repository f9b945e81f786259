using Marketplace.Application.Matching.Kernel;

namespace Marketplace.Application.Matching.Recompute;

/// <summary>The two pairings of the kernel's markets, each as the refresh of a built market with its feedback.</summary>
public static class MarketPairings
{
    public static PairingRefresh<FundCandidate, ProjectCandidate> FundsAndProjects(FundProjectMarket market, FeedbackSet feedback, int k) => new(
        new(MatchSide.Fund, market.Funds.IndexOf, i => market.Funds.Candidates[i], c => MatchingEngine.ScoreFunds(c, market.Projects, k, feedback)),
        new(MatchSide.Project, market.Projects.IndexOf, i => market.Projects.Candidates[i], c => MatchingEngine.ScoreProjects(c, market.Funds, k, feedback)));

    public static PairingRefresh<ResearcherCandidate, PositionCandidate> ResearchersAndPositions(TalentMarket market, FeedbackSet feedback, int k) => new(
        new(MatchSide.Researcher, market.Researchers.IndexOf, i => market.Researchers.Candidates[i], c => MatchingEngine.ScoreResearchers(c, market.Positions, k, feedback)),
        new(MatchSide.Position, market.Positions.IndexOf, i => market.Positions.Candidates[i], c => MatchingEngine.ScorePositions(c, market.Researchers, k, feedback)));
}
