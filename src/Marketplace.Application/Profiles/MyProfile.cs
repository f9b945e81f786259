using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Profiles;

/// <summary>
/// The signed-in user's profile as they see it: the published display name, and what became of
/// their last proposed name (waiting for review, or refused with a reason).
/// </summary>
public sealed record MyProfile(
    Guid Id, string DisplayName, string Role, string Culture, string TimeZone, string? HomeClusterKey, int Version,
    string? PendingDisplayName, ModerationDecision? LastDecision, string? LastProposedDisplayName, string? LastReason);
