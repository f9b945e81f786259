namespace Marketplace.Domain.Common;

/// <summary>An aggregate users can edit: carries the optimistic-concurrency version.</summary>
public interface IVersioned
{
    int Version { get; }
}

/// <summary>Changes to these entities are written to the audit log, with before and after values.</summary>
public interface IAudited
{
    Guid Id { get; }
}

public abstract class AuditedEntity : IAudited, IVersioned
{
    public Guid Id { get; protected set; } = Guid.NewGuid();

    /// <summary>Incremented on every save; a stale value from a form means someone else saved first.</summary>
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
