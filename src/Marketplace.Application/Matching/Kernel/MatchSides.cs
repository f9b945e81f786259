using Marketplace.Domain.Matching;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>The kind codes stored for each side of a list, and which pairing a side belongs to.</summary>
public static class MatchSides
{
    public static string Kind(this MatchSide side) => side switch
    {
        MatchSide.Fund => MatchKinds.Fund,
        MatchSide.Project => MatchKinds.Project,
        MatchSide.Researcher => MatchKinds.Researcher,
        MatchSide.Position => MatchKinds.Position,
        _ => throw new ArgumentOutOfRangeException(nameof(side)),
    };

    /// <summary>What a list of this side recommends: a fund's list holds projects, and so on.</summary>
    public static MatchSide Other(this MatchSide side) => side switch
    {
        MatchSide.Fund => MatchSide.Project,
        MatchSide.Project => MatchSide.Fund,
        MatchSide.Researcher => MatchSide.Position,
        MatchSide.Position => MatchSide.Researcher,
        _ => throw new ArgumentOutOfRangeException(nameof(side)),
    };

    public static string Pairing(this MatchSide side) =>
        side is MatchSide.Fund or MatchSide.Project ? Pairings.FundProject : Pairings.ResearcherPosition;

    public static bool TryParse(string? kind, out MatchSide side)
    {
        switch (kind)
        {
            case MatchKinds.Fund: side = MatchSide.Fund; return true;
            case MatchKinds.Project: side = MatchSide.Project; return true;
            case MatchKinds.Researcher: side = MatchSide.Researcher; return true;
            case MatchKinds.Position: side = MatchSide.Position; return true;
            default: side = default; return false;
        }
    }
}
