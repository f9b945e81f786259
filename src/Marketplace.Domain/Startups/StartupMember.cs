namespace Marketplace.Domain.Startups;

/// <summary>A founder who owns a startup. Every owner may edit it and its projects.</summary>
public sealed class StartupMember
{
    public Guid StartupId { get; set; }
    public Guid UserId { get; set; }
    public DateTime JoinedAt { get; set; }
}
