using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.Domain.Users;

/// <summary>
/// The public side of an account; its id is the Identity user's id. Credentials live in
/// Identity, everything users see of each other lives here.
/// </summary>
public sealed class UserProfile : AuditedEntity, IModeratedContent
{
    public const string ContentType = "user-profile";

    private UserProfile() { }

    public UserProfile(Guid userId, string displayName, string role, string culture)
    {
        Id = userId;
        DisplayName = displayName;
        Role = role;
        Culture = culture;
        // A new account is visible at once; later changes of its public name go through review.
        State = ModerationState.Published;
    }

    public string DisplayName { get; private set; } = null!;
    public string Role { get; private set; } = null!;
    public string Culture { get; set; } = "en";
    /// <summary>An IANA time zone id (<see cref="TimeZones"/>): the zone the user reads times in.</summary>
    public string TimeZone { get; set; } = TimeZones.Utc;
    public Guid? HomeClusterId { get; set; }
    public AccountStatus Status { get; set; } = AccountStatus.Active;
    /// <summary>Off: the user browses plainly, with no personalised recommendations shown.</summary>
    public bool RecommendationsEnabled { get; set; } = true;
    /// <summary>Off: no weekly digest, neither in the app nor by e-mail.</summary>
    public bool DigestEnabled { get; set; } = true;
    public ModerationState State { get; set; }
    /// <summary>External id from an import file, when the user came from one.</summary>
    public string? ImportKey { get; set; }

    string IModeratedContent.ContentType => ContentType;

    public void PublishDisplayName(string displayName) => DisplayName = displayName;

    /// <summary>The role mirrors the account's Identity role; only administrative paths (the import) change it.</summary>
    public void ChangeRole(string role) => Role = role;
}
