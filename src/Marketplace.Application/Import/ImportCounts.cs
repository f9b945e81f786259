namespace Marketplace.Application.Import;

public sealed class ImportCounts
{
    public int Created { get; internal set; }
    public int Updated { get; internal set; }
    public int Unchanged { get; internal set; }
    public int Failed { get; internal set; }
    public int Total => Created + Updated + Unchanged + Failed;

    internal void Add(ImportOutcome outcome)
    {
        switch (outcome)
        {
            case ImportOutcome.Created: Created++; break;
            case ImportOutcome.Updated: Updated++; break;
            case ImportOutcome.Unchanged: Unchanged++; break;
            default: Failed++; break;
        }
    }
}
