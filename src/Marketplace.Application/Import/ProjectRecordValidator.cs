using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

public sealed class ProjectRecordValidator : AbstractValidator<ProjectRecord>
{
    public ProjectRecordValidator(ImportCodes codes, TimeProvider clock)
    {
        RuleFor(x => x.Startup).NotEmpty();
        RuleFor(x => x.Title).NotNull().WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Title!).Must(n => !n.IsEmpty).When(x => x.Title is not null).WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Title!.En).MaximumLength(ProjectLimits.TitleLength).When(x => x.Title is not null);
        RuleFor(x => x.Title!.Zh).MaximumLength(ProjectLimits.TitleLength).When(x => x.Title is not null);
        RuleFor(x => x.Summary!.En).MaximumLength(ProjectLimits.TextLength).When(x => x.Summary is not null);
        RuleFor(x => x.Summary!.Zh).MaximumLength(ProjectLimits.TextLength).When(x => x.Summary is not null);
        RuleFor(x => x.UseOfFunds!.En).MaximumLength(ProjectLimits.TextLength).When(x => x.UseOfFunds is not null);
        RuleFor(x => x.UseOfFunds!.Zh).MaximumLength(ProjectLimits.TextLength).When(x => x.UseOfFunds is not null);

        RuleFor(x => x.Seeking).NotNull();
        RuleFor(x => x.Seeking!.Amount).NotNull().GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount).When(x => x.Seeking is not null);
        RuleFor(x => x.Seeking!.Currency).NotEmpty().MustAsync(codes.HasReferenceRateAsync).When(x => x.Seeking is not null)
            .WithMessage(x => Text.Format("Import.UnknownCurrency", x.Seeking!.Currency ?? ""));
        RuleFor(x => x.Instrument).Must(i => Codes.Instruments.Contains(i)).WithMessage(x => ImportText.UnknownCode(x.Instrument, Codes.Instruments));
        RuleFor(x => x.Stage).Must(s => Codes.Stages.Contains(s)).WithMessage(x => ImportText.UnknownCode(x.Stage, Codes.Stages));
        RuleFor(x => x.Status).Must(s => Codes.ListingStatuses.Contains(s)).When(x => x.Status is not null)
            .WithMessage(x => ImportText.UnknownCode(x.Status, Codes.ListingStatuses));

        RuleFor(x => x.PublishedAt).Null().When(x => x.Status is not (ProjectImportStatuses.Published or ProjectImportStatuses.Closed))
            .WithMessage(_ => Text.Format("Import.OnlyForStatus", $"{ProjectImportStatuses.Published}, {ProjectImportStatuses.Closed}"));
        RuleFor(x => x.PublishedAt).LessThanOrEqualTo(_ => clock.GetUtcNow()).When(x => x.PublishedAt is not null)
            .WithMessage(_ => Text.Get("Import.NotInFuture"));
        RuleFor(x => x.ClosedReason).Null().When(x => x.Status != ProjectImportStatuses.Closed)
            .WithMessage(_ => Text.Format("Import.OnlyForStatus", ProjectImportStatuses.Closed));
        RuleFor(x => x.ClosedReason).Must(r => ClosedReasons.All.Contains(r)).When(x => x.ClosedReason is not null && x.Status == ProjectImportStatuses.Closed)
            .WithMessage(x => ImportText.UnknownCode(x.ClosedReason, ClosedReasons.All));

        RuleFor(x => x.Traction!).Must(t => t.Count <= TractionMetrics.MaxPerProject).When(x => x.Traction is not null)
            .WithMessage(_ => Text.Format("Import.TractionCount", TractionMetrics.MaxPerProject));
        RuleForEach(x => x.Traction).NotNull().ChildRules(t =>
        {
            t.RuleFor(m => m!.Metric).Must(m => TractionMetrics.All.Contains(m)).WithMessage(m => ImportText.UnknownCode(m!.Metric, TractionMetrics.All));
            t.RuleFor(m => m!.Value).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(ProjectLimits.MaxMetricValue);
        });
        RuleFor(x => x.Traction).Must(t => t is null || t.Select(m => m?.Metric).Distinct().Count() == t.Count)
            .WithMessage(_ => Text.Get("Import.DuplicateValue"));

        When(x => x.Confidential is not null, () =>
        {
            RuleFor(x => x.Confidential!.PreMoneyValuation).SetValidator(new MoneyValidator(codes, mustBePositive: true)!);
            RuleFor(x => x.Confidential!.RevenueLast12Months).SetValidator(new MoneyValidator(codes, mustBePositive: false)!);
            RuleFor(x => x.Confidential!.MonthlyBurn).SetValidator(new MoneyValidator(codes, mustBePositive: false)!);
            RuleFor(x => x.Confidential!.RunwayMonths).InclusiveBetween(0, ProjectLimits.MaxRunwayMonths);
        });
    }

    /// <summary>An optional amount: when given, both parts, a known currency, and no negative figure.</summary>
    private sealed class MoneyValidator : AbstractValidator<MoneyJson>
    {
        public MoneyValidator(ImportCodes codes, bool mustBePositive)
        {
            RuleFor(m => m.Amount).NotNull().GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount).When(_ => mustBePositive);
            RuleFor(m => m.Amount).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(Money.MaxAmount).When(_ => !mustBePositive);
            RuleFor(m => m.Currency).NotEmpty().MustAsync(codes.HasReferenceRateAsync)
                .WithMessage(m => Text.Format("Import.UnknownCurrency", m.Currency ?? ""));
        }
    }
}
