namespace Marketplace.Domain.Matching;

public enum GenerationStatus
{
    Running,
    Completed,
    /// <summary>Replaced by a newer run before it completed (a killed run is left Running until then).</summary>
    Abandoned,
}
