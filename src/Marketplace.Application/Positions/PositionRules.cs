using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Projects;
using Marketplace.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions;

internal static class PositionRules
{
    /// <summary>Today in UTC: deadlines are whole days, and the closing job counts them in UTC.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static List<string> Areas(IReadOnlyList<string>? areas) =>
        (areas ?? []).Select(Input.Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    public static async Task<Guid?> ClusterIdAsync(IAppDbContext db, string? key, CancellationToken ct) =>
        Input.Clean(key) is { } k ? await db.Clusters.Where(c => c.Key == k).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct) : null;

    public static async Task<PositionRevision> ToRevisionAsync(this IPositionFields fields, IAppDbContext db, CancellationToken ct)
    {
        var anyAmount = fields.CompensationMin is not null || fields.CompensationMax is not null;
        return new PositionRevision(
            new LocalizedText(Input.Clean(fields.TitleEn), Input.Clean(fields.TitleZh)),
            new LocalizedText(Input.Clean(fields.DescriptionEn), Input.Clean(fields.DescriptionZh)),
            fields.Type!, Areas(fields.ResearchAreas), Common.Skills.Parse(fields.Skills),
            Input.Clean(fields.MinDegree), fields.MinYearsExperience,
            await ClusterIdAsync(db, fields.ClusterKey, ct), fields.Remote,
            fields.CompensationMin, fields.CompensationMax, anyAmount ? Input.Clean(fields.CompensationCurrency) : null,
            fields.VisaSupport, fields.RelocationSupport, fields.Deadline);
    }

    /// <summary>A short line naming the position in both languages (queue summaries, notifications).</summary>
    public static string Name(LocalizedText title) => ProjectRules.Name(title);

    /// <summary>The poster's name (startup or fund) in both languages.</summary>
    public static async Task<LocalizedText> PosterNameAsync(IAppDbContext db, Guid? startupId, Guid? fundId, CancellationToken ct) =>
        startupId is { } s
            ? await db.Startups.AsNoTracking().Where(x => x.Id == s).Select(x => x.Name).FirstAsync(ct)
            : await db.Funds.AsNoTracking().Where(x => x.Id == fundId).Select(x => x.Name).FirstAsync(ct);
}
