namespace Marketplace.Domain.Matching;

/// <summary>What a recommendation is for or about: a fund, a project, a researcher or a position.</summary>
public static class MatchKinds
{
    public const string Fund = "fund";
    public const string Project = "project";
    public const string Researcher = "researcher";
    public const string Position = "position";
}
