namespace Marketplace.Domain.Imports;

/// <summary>
/// Which import key became which row, per section: the import's idempotence and its
/// resumability rest on this table.
/// </summary>
public sealed class ImportedRecord
{
    public string Section { get; set; } = null!;
    public string Key { get; set; } = null!;
    public Guid EntityId { get; set; }
    /// <summary>Hash of the record as last imported: an unchanged record is skipped without a write.</summary>
    public string Hash { get; set; } = null!;
    public DateTime ImportedAt { get; set; }
}
