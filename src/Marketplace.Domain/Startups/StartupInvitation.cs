using Marketplace.Domain.Common;

namespace Marketplace.Domain.Startups;

/// <summary>An owner's invitation to a co-founder, by e-mail; accepted by the invitee once signed in as a founder.</summary>
public sealed class StartupInvitation : AuditedEntity, IInvitation
{
    public Guid StartupId { get; set; }
    public string Email { get; set; } = null!;
    /// <summary>SHA-256 of the token in the e-mailed link; the token itself is never stored.</summary>
    public string TokenHash { get; set; } = null!;
    public Guid InvitedById { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public Guid? AcceptedById { get; set; }
    public DateTime? RevokedAt { get; set; }
}
