using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

internal static class ProjectRules
{
    public static Task<bool> IsKnownCurrencyAsync(IAppDbContext db, string? currency, CancellationToken ct) =>
        currency is { Length: 3 } c ? db.CurrencyRates.AnyAsync(r => r.Currency == c, ct) : Task.FromResult(false);

    public static List<TractionMetric> Metrics(IReadOnlyList<TractionInput>? rows) =>
        (rows ?? []).Where(r => r is not null && !r.IsBlank).Select(r => new TractionMetric(r.Metric!.Trim(), r.Value!.Value)).ToList();

    public static ProjectRevision ToRevision(this IProjectFields fields) => new(
        new LocalizedText(Input.Clean(fields.TitleEn), Input.Clean(fields.TitleZh)),
        new LocalizedText(Input.Clean(fields.SummaryEn), Input.Clean(fields.SummaryZh)),
        fields.SeekingAmount!.Value, fields.SeekingCurrency!, fields.Instrument!, fields.Stage!,
        new LocalizedText(Input.Clean(fields.UseOfFundsEn), Input.Clean(fields.UseOfFundsZh)),
        Metrics(fields.Traction));

    /// <summary>A short line naming the project in both languages (queue summaries, notifications).</summary>
    public static string Name(LocalizedText title) => ListingModeration.Name(title);
}
