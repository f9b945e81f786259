namespace Marketplace.Application.Import;

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
    Failed,
}
