using Marketplace.Application.Funds;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

/// <summary>
/// The mandate's checks for a file: sectors and currencies from the codes read once per import; clusters are
/// references the runner resolves against the file and the database.
/// </summary>
internal sealed class ImportMandateReferences(ImportCodes codes) : IMandateReferences
{
    public async Task<IReadOnlyList<string>> UnknownSectorsAsync(IReadOnlyList<string> sectors, CancellationToken ct)
    {
        var unknown = new List<string>();
        foreach (var sector in sectors)
            if (!await codes.IsSectorAsync(sector, ct))
                unknown.Add(sector);
        return unknown;
    }

    public Task<bool> IsRatedCurrencyAsync(string currency, CancellationToken ct) => codes.HasReferenceRateAsync(currency, ct);

    public Task<bool> AreClustersAsync(IReadOnlyList<string> keys, CancellationToken ct) => Task.FromResult(true);
}
