using Marketplace.Domain.Common;

namespace Marketplace.Domain.Funds;

/// <summary>A fund member's invitation of another fund manager, by e-mail (as startups invite co-founders).</summary>
public sealed class FundInvitation : AuditedEntity, IInvitation
{
    public Guid FundId { get; set; }
    public string Email { get; set; } = null!;
    public string Role { get; set; } = FundRoles.Analyst;
    /// <summary>SHA-256 of the token in the e-mailed link; the token itself is never stored.</summary>
    public string TokenHash { get; set; } = null!;
    public Guid InvitedById { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public Guid? AcceptedById { get; set; }
    public DateTime? RevokedAt { get; set; }
}
