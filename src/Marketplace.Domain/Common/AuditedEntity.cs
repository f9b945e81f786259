namespace Marketplace.Domain.Common;

public abstract class AuditedEntity : IAudited, IVersioned
{
    public Guid Id { get; protected set; } = Guid.NewGuid();

    /// <summary>Incremented on every save; a stale value from a form means someone else saved first.</summary>
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
