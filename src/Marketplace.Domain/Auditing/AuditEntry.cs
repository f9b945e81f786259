namespace Marketplace.Domain.Auditing;

/// <summary>One line of the append-only audit log: who changed what, when, before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public Guid? UserId { get; set; }
    /// <summary>The use case that made the change (the command's name), when there was one.</summary>
    public string? UseCase { get; set; }
    public string EntityType { get; set; } = null!;
    public string EntityId { get; set; } = null!;
    /// <summary>Added or Modified (a row), or Requested (an action that changed no row, see <see cref="AuditActions"/>).</summary>
    public string Action { get; set; } = null!;
    /// <summary>JSON: { "Property": { "before": ..., "after": ... } }.</summary>
    public string Changes { get; set; } = "{}";
}
