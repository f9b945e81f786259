using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

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
