using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

public sealed class PositionRecordValidator : AbstractValidator<PositionRecord>
{

    public PositionRecordValidator(ImportCodes codes, TimeProvider clock)
    {
        RuleFor(x => x.Startup).Must((x, startup) => string.IsNullOrEmpty(startup) != string.IsNullOrEmpty(x.Fund))
            .WithMessage(_ => Text.Get("Import.OnePoster"));
        RuleFor(x => x.Title).NotNull().WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Title!).Must(n => !n.IsEmpty).When(x => x.Title is not null).WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Title!.En).MaximumLength(PositionLimits.TitleLength).When(x => x.Title is not null);
        RuleFor(x => x.Title!.Zh).MaximumLength(PositionLimits.TitleLength).When(x => x.Title is not null);
        RuleFor(x => x.Description!.En).MaximumLength(PositionLimits.DescriptionLength).When(x => x.Description is not null);
        RuleFor(x => x.Description!.Zh).MaximumLength(PositionLimits.DescriptionLength).When(x => x.Description is not null);
        RuleFor(x => x.Type).Must(t => Codes.PositionTypes.Contains(t)).WithMessage(x => ImportText.UnknownCode(x.Type, Codes.PositionTypes));

        RuleFor(x => x.ResearchAreas!).Must(a => a.Count <= Position.MaxResearchAreas).When(x => x.ResearchAreas is not null)
            .WithMessage(_ => Text.Format("Validation.TooMany", Position.MaxResearchAreas));
        RuleForEach(x => x.ResearchAreas).MustAsync(codes.IsResearchAreaAsync)
            .WithMessage((_, area) => ImportText.UnknownCode(area, codes.ResearchAreas));
        RuleFor(x => x.ResearchAreas).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
        RuleForEach(x => x.Skills).Must(ImportSkills.IsWellFormed).WithMessage(_ => Text.Get("Validation.SkillTag"));
        RuleFor(x => x.Skills).Must(s => ImportSkills.Normalise(s).Count <= Position.MaxSkills)
            .WithMessage(_ => Text.Format("Validation.TooMany", Position.MaxSkills));
        RuleFor(x => x.MinDegree).Must(d => Codes.Degrees.Contains(d)).When(x => x.MinDegree is not null)
            .WithMessage(x => ImportText.UnknownCode(x.MinDegree, Codes.Degrees));
        RuleFor(x => x.MinYearsExperience).InclusiveBetween(0, PositionLimits.MaxYearsExperience);
        RuleFor(x => x.Cluster).NotEmpty().When(x => x.Remote != true || x.Cluster is not null).WithMessage(_ => Text.Get("Import.ClusterOrRemote"));

        When(x => x.Compensation is not null, () =>
        {
            RuleFor(x => x.Compensation).Must(c => c!.Min is not null || c.Max is not null).WithMessage(_ => Text.Get("Import.TicketBound"));
            RuleFor(x => x.Compensation!.Min).GreaterThanOrEqualTo(0).LessThanOrEqualTo(Money.MaxAmount);
            RuleFor(x => x.Compensation!.Max).GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount);
            RuleFor(x => x.Compensation!.Min).Must((x, min) => min <= x.Compensation!.Max)
                .When(x => x.Compensation!.Min is not null && x.Compensation.Max is not null)
                .WithMessage(_ => Text.Get("Validation.MinAboveMax"));
            RuleFor(x => x.Compensation!.Currency).NotEmpty().MustAsync(codes.HasReferenceRateAsync)
                .WithMessage(x => Text.Format("Import.UnknownCurrency", x.Compensation!.Currency ?? ""));
        });

        // A deadline may lie in the past: the closing job closes such a position the day after, as it would any other.
        RuleFor(x => x.Deadline).Must(ImportDates.IsDate).When(x => x.Deadline is not null)
            .WithMessage(_ => Text.Format("Import.Date", ImportDates.Format));
        RuleFor(x => x.Status).Must(s => Codes.ListingStatuses.Contains(s)).When(x => x.Status is not null)
            .WithMessage(x => ImportText.UnknownCode(x.Status, Codes.ListingStatuses));
        RuleFor(x => x.PublishedAt).Null().When(x => x.Status is not (ProjectImportStatuses.Published or ProjectImportStatuses.Closed))
            .WithMessage(_ => Text.Format("Import.OnlyForStatus", $"{ProjectImportStatuses.Published}, {ProjectImportStatuses.Closed}"));
        RuleFor(x => x.PublishedAt).LessThanOrEqualTo(_ => clock.GetUtcNow()).When(x => x.PublishedAt is not null)
            .WithMessage(_ => Text.Get("Import.NotInFuture"));
        RuleFor(x => x.ClosedReason).Null().When(x => x.Status != ProjectImportStatuses.Closed)
            .WithMessage(_ => Text.Format("Import.OnlyForStatus", ProjectImportStatuses.Closed));
        RuleFor(x => x.ClosedReason).Must(r => PositionClosedReasons.All.Contains(r)).When(x => x.ClosedReason is not null && x.Status == ProjectImportStatuses.Closed)
            .WithMessage(x => ImportText.UnknownCode(x.ClosedReason, PositionClosedReasons.All));
    }
}
