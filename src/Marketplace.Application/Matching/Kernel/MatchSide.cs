namespace Marketplace.Application.Matching.Kernel;

/// <summary>The four kinds of list the engine computes; a list belongs to its viewer (the subject).</summary>
public enum MatchSide
{
    /// <summary>A fund looking at projects.</summary>
    Fund,
    /// <summary>A project (its founders) looking at funds.</summary>
    Project,
    /// <summary>A researcher looking at positions.</summary>
    Researcher,
    /// <summary>A position (its poster) looking at researchers.</summary>
    Position,
}
