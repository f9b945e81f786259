namespace Marketplace.Domain.Moderation;

/// <summary>Where a piece of user content stands in its life: listings, funds, positions, profiles.</summary>
public enum ModerationState
{
    Draft,
    Submitted,
    Published,
    Rejected,
    ChangesRequested,
    Closed,
}
