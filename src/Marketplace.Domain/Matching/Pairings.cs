namespace Marketplace.Domain.Matching;

/// <summary>The two pairings the engine computes.</summary>
public static class Pairings
{
    public const string FundProject = "fund-project";
    public const string ResearcherPosition = "researcher-position";
    public static readonly IReadOnlyList<string> All = [FundProject, ResearcherPosition];
}
