namespace Marketplace.Domain.Moderation;

public enum ModerationDecision
{
    Pending,
    Approved,
    Rejected,
    ChangesRequested,
    /// <summary>Replaced by a newer submission of the same content before anyone decided.</summary>
    Superseded,
    /// <summary>Taken back by its author.</summary>
    Withdrawn,
}
