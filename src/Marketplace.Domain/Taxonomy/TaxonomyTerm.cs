using Marketplace.Domain.Common;

namespace Marketplace.Domain.Taxonomy;

/// <summary>A term of an administrator-extensible taxonomy (sectors, research areas).</summary>
public sealed class TaxonomyTerm : AuditedEntity
{
    private TaxonomyTerm() { }

    public TaxonomyTerm(TaxonomyKind kind, string code, string? group, LocalizedText name, int sortOrder)
    {
        Kind = kind;
        Code = code;
        Group = group;
        Name = name;
        SortOrder = sortOrder;
    }

    public TaxonomyKind Kind { get; private set; }
    public string Code { get; private set; } = null!;
    /// <summary>For sectors: foundation, digital-infrastructure or applications.</summary>
    public string? Group { get; set; }
    public LocalizedText Name { get; set; } = LocalizedText.Empty;
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}
