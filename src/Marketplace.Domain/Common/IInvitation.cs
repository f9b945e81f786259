namespace Marketplace.Domain.Common;

/// <summary>
/// An invitation by e-mailed link to join something (a startup's owners, a fund's team). The link
/// carries a random token; only its SHA-256 is stored.
/// </summary>
public interface IInvitation
{
    /// <summary>The invited address, lower-case.</summary>
    string Email { get; }
    string TokenHash { get; }
    DateTime ExpiresAt { get; }
    DateTime? AcceptedAt { get; }
    DateTime? RevokedAt { get; }
}
