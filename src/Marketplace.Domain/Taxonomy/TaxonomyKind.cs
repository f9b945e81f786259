namespace Marketplace.Domain.Taxonomy;

public enum TaxonomyKind
{
    Sector,
    ResearchArea,
}
