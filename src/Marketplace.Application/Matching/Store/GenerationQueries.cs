using Marketplace.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Matching.Store;

/// <summary>What pages, digests and exports ask of the generations (the recompute goes through <see cref="IRecommendationStore"/>).</summary>
public static class GenerationQueries
{
    /// <summary>The generation readers see for the pairing, or null before the first computation.</summary>
    public static Task<long?> CurrentIdAsync(this IQueryable<CurrentGeneration> current, string pairing, CancellationToken ct) =>
        current.AsNoTracking().Where(c => c.Pairing == pairing).Select(c => (long?)c.GenerationId).FirstOrDefaultAsync(ct);
}
