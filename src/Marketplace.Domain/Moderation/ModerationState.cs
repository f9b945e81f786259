namespace Marketplace.Domain.Moderation;

/// <summary>Where a piece of user content stands in its life (PRODUCT.md: listings, funds, positions, profiles).</summary>
public enum ModerationState
{
    Draft,
    Submitted,
    Published,
    Rejected,
    ChangesRequested,
    Closed,
}
