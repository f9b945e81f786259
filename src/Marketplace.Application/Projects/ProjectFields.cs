using System.Text.Json;
using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

/// <summary>One row of the traction table as the form posts it; blank rows are ignored.</summary>
public sealed record TractionInput(string? Metric, long? Value)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Metric) && Value is null;
}

/// <summary>The public fields of a project, on the new and the edit form alike (and in a revision).</summary>
public interface IProjectFields
{
    string? TitleEn { get; }
    string? TitleZh { get; }
    string? SummaryEn { get; }
    string? SummaryZh { get; }
    long? SeekingAmount { get; }
    string? SeekingCurrency { get; }
    string? Instrument { get; }
    string? Stage { get; }
    string? UseOfFundsEn { get; }
    string? UseOfFundsZh { get; }
    IReadOnlyList<TractionInput>? Traction { get; }
}

internal sealed class ProjectFieldsValidator : AbstractValidator<IProjectFields>
{
    public ProjectFieldsValidator(IAppDbContext db)
    {
        RuleFor(x => x.TitleEn).MaximumLength(ProjectLimits.TitleLength);
        RuleFor(x => x.TitleZh).MaximumLength(ProjectLimits.TitleLength);
        RuleFor(x => x.TitleEn).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.TitleZh))
            .WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.SummaryEn).MaximumLength(ProjectLimits.TextLength);
        RuleFor(x => x.SummaryZh).MaximumLength(ProjectLimits.TextLength);
        RuleFor(x => x.SummaryEn).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.SummaryZh))
            .WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.UseOfFundsEn).MaximumLength(ProjectLimits.TextLength);
        RuleFor(x => x.UseOfFundsZh).MaximumLength(ProjectLimits.TextLength);
        RuleFor(x => x.SeekingAmount).NotNull().GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount);
        RuleFor(x => x.SeekingCurrency).NotEmpty();
        RuleFor(x => x.SeekingCurrency)
            .MustAsync((c, ct) => ProjectRules.IsKnownCurrencyAsync(db, c, ct)).When(x => !string.IsNullOrEmpty(x.SeekingCurrency))
            .WithMessage(_ => Text.Get("Validation.UnknownCurrency"));
        RuleFor(x => x.Instrument).NotEmpty();
        RuleFor(x => x.Instrument)
            .Must(i => Codes.Instruments.Contains(i)).When(x => !string.IsNullOrEmpty(x.Instrument))
            .WithMessage(_ => Text.Get("Validation.UnknownCode"));
        RuleFor(x => x.Stage).NotEmpty();
        RuleFor(x => x.Stage)
            .Must(s => Codes.Stages.Contains(s)).When(x => !string.IsNullOrEmpty(x.Stage))
            .WithMessage(_ => Text.Get("Validation.UnknownCode"));
        RuleFor(x => x.Traction).Must(t => t!.Count(r => r is not null && !r.IsBlank) <= TractionMetrics.MaxPerProject)
            .When(x => x.Traction is not null)
            .WithMessage(_ => Text.Format("Validation.TooManyMetrics", TractionMetrics.MaxPerProject));
        RuleForEach(x => x.Traction).ChildRules(row =>
        {
            row.RuleFor(r => r.Metric).NotEmpty().Must(m => TractionMetrics.All.Contains(m!.Trim()))
                .When(r => !r.IsBlank).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            row.RuleFor(r => r.Value).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(ProjectLimits.MaxMetricValue)
                .When(r => !r.IsBlank);
        }).When(x => x.Traction is not null);
        RuleFor(x => x.Traction).Custom((rows, context) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < rows!.Count; i++)
            {
                var metric = rows[i] is { IsBlank: false, Metric: { } m } ? m.Trim() : null;
                // The later row is the one told about it.
                if (!string.IsNullOrEmpty(metric) && !seen.Add(metric))
                    context.AddFailure($"{nameof(IProjectFields.Traction)}[{i}].{nameof(TractionInput.Metric)}", Text.Get("Validation.DuplicateMetric"));
            }
        }).When(x => x.Traction is not null);
    }
}

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
    public static string Name(LocalizedText title) =>
        string.Join(" / ", new[] { title.En, title.Zh }.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct());
}

/// <summary>
/// The public fields of a project as one value: what an edit of a published project proposes
/// (stored as a moderation request's payload until approved) and what is published now.
/// </summary>
public sealed record ProjectRevision(
    LocalizedText Title, LocalizedText Summary, long SeekingAmount, string SeekingCurrency, string Instrument, string Stage,
    LocalizedText UseOfFunds, IReadOnlyList<TractionMetric> Traction)
{
    public static ProjectRevision Of(Project p) =>
        new(p.Title, p.Summary, p.SeekingAmount, p.SeekingCurrency, p.Instrument, p.Stage, p.UseOfFunds, p.Traction.ToList());

    public void CopyTo(Project p)
    {
        p.Title = Title;
        p.Summary = Summary;
        p.SeekingAmount = SeekingAmount;
        p.SeekingCurrency = SeekingCurrency;
        p.Instrument = Instrument;
        p.Stage = Stage;
        p.UseOfFunds = UseOfFunds;
        p.Traction = Traction.ToList();
    }

    /// <summary>Same values (records compare lists by reference, so the traction is compared item by item).</summary>
    public bool SameAs(ProjectRevision other) =>
        Title == other.Title && Summary == other.Summary && SeekingAmount == other.SeekingAmount
        && SeekingCurrency == other.SeekingCurrency && Instrument == other.Instrument && Stage == other.Stage
        && UseOfFunds == other.UseOfFunds && Traction.SequenceEqual(other.Traction);

    public static string Write(ProjectRevision revision) => JsonSerializer.Serialize(revision);

    public static ProjectRevision Read(string? payload) =>
        JsonSerializer.Deserialize<ProjectRevision>(payload ?? "{}") ?? throw new InvalidOperationException("Empty project revision.");
}
