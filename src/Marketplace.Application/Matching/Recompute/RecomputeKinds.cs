namespace Marketplace.Application.Matching.Recompute;

/// <summary>Entity kinds of a recompute request beyond the four matched ones (<see cref="Domain.Matching.MatchKinds"/>).</summary>
public static class RecomputeKinds
{
    /// <summary>A startup's change (cluster, sectors, relocation) moves the recommendations of its projects and positions.</summary>
    public const string Startup = "startup";

    /// <summary>The request kinds that concern a pairing.</summary>
    public static IReadOnlyList<string> Of(string pairing) => pairing == Domain.Matching.Pairings.FundProject
        ? [Domain.Matching.MatchKinds.Fund, Domain.Matching.MatchKinds.Project, Startup]
        : [Domain.Matching.MatchKinds.Researcher, Domain.Matching.MatchKinds.Position, Startup];
}
