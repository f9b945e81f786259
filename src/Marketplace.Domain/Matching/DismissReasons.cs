namespace Marketplace.Domain.Matching;

/// <summary>
/// Why a user dismissed a recommended item, in the words of its pairing: a fund or a founder speaks of stages
/// and sizes, a researcher or a position's team of fields, places, position types and seniority.
/// </summary>
public static class DismissReasons
{
    public static readonly IReadOnlyList<string> FundProject = ["not-relevant", "wrong-stage", "wrong-location", "wrong-size", "already-known", "other"];

    public static readonly IReadOnlyList<string> Talent = ["wrong-field", "wrong-location", "wrong-position-type", "wrong-seniority", "not-now", "other"];

    /// <summary>Every code ever offered, so stored feedback is still named whichever list it came from.</summary>
    public static readonly IReadOnlyList<string> All = [.. FundProject.Union(Talent)];

    /// <summary>The reasons offered on, and accepted for, a subject's list ("fund", "project", "researcher", "position").</summary>
    public static IReadOnlyList<string> For(string subjectKind) =>
        subjectKind is MatchKinds.Researcher or MatchKinds.Position ? Talent : FundProject;
}
