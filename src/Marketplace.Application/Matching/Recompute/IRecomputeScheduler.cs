namespace Marketplace.Application.Matching.Recompute;

/// <summary>
/// Asks for the pending recompute requests to be processed soon. Debounced: a burst of changes
/// (an import, a user saving a form twice) leads to one run a moment later, not one run per change.
/// </summary>
public interface IRecomputeScheduler
{
    void Poke();
}
