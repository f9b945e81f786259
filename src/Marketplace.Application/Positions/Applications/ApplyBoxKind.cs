namespace Marketplace.Application.Positions.Applications;

public enum ApplyBoxKind
{
    /// <summary>Nothing to show: neither a researcher nor the poster, or a position researchers cannot see.</summary>
    None,
    Researcher,
    Poster,
}
