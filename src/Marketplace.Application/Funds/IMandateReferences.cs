namespace Marketplace.Application.Funds;

/// <summary>
/// What checking a mandate asks of the world around it: the sectors and currencies the database defines, and
/// whether clusters exist (the import answers that from the file's references, which may not be written yet).
/// </summary>
public interface IMandateReferences
{
    Task<IReadOnlyList<string>> UnknownSectorsAsync(IReadOnlyList<string> codes, CancellationToken ct);

    Task<bool> IsRatedCurrencyAsync(string currency, CancellationToken ct);

    Task<bool> AreClustersAsync(IReadOnlyList<string> keys, CancellationToken ct);
}
