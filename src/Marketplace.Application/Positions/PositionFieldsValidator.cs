using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Projects;
using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;
using Marketplace.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions;

internal sealed class PositionFieldsValidator : AbstractValidator<IPositionFields>
{
    public PositionFieldsValidator(IAppDbContext db, TimeProvider clock)
    {
        RuleFor(x => x.TitleEn).MaximumLength(PositionLimits.TitleLength);
        RuleFor(x => x.TitleZh).MaximumLength(PositionLimits.TitleLength);
        RuleFor(x => x.TitleEn).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.TitleZh))
            .WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.DescriptionEn).MaximumLength(PositionLimits.DescriptionLength);
        RuleFor(x => x.DescriptionZh).MaximumLength(PositionLimits.DescriptionLength);
        RuleFor(x => x.DescriptionEn).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.DescriptionZh))
            .WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Type).Must(t => t is not null && Codes.PositionTypes.Contains(t))
            .WithMessage(_ => Text.Get("Validation.ChoosePositionType"));
        RuleFor(x => x.ResearchAreas).Must(a => a!.Count <= Position.MaxResearchAreas).When(x => x.ResearchAreas is not null)
            .WithMessage(_ => Text.Format("Validation.TooMany", Position.MaxResearchAreas));
        RuleFor(x => x.ResearchAreas)
            .MustAsync(async (areas, ct) =>
            {
                var codes = PositionRules.Areas(areas);
                return await db.TaxonomyTerms.CountAsync(t => t.Kind == TaxonomyKind.ResearchArea && codes.Contains(t.Code), ct) == codes.Count;
            })
            .When(x => x.ResearchAreas is { Count: > 0 })
            .WithMessage(_ => Text.Get("Validation.UnknownCode"));
        RuleFor(x => Common.Skills.Parse(x.Skills)).ValidSkills(Position.MaxSkills).OverridePropertyName(nameof(IPositionFields.Skills));
        RuleFor(x => x.MinDegree).Must(d => Codes.Degrees.Contains(d!)).When(x => Input.Clean(x.MinDegree) is not null)
            .WithMessage(_ => Text.Get("Validation.UnknownCode"));
        RuleFor(x => x.MinYearsExperience).InclusiveBetween(0, PositionLimits.MaxYearsExperience);
        RuleFor(x => x.ClusterKey).NotEmpty().When(x => !x.Remote)
            .WithMessage(_ => Text.Get("Validation.ClusterOrRemote"));
        RuleFor(x => x.ClusterKey)
            .MustAsync(async (key, ct) => await db.Clusters.AnyAsync(c => c.Key == key, ct))
            .When(x => Input.Clean(x.ClusterKey) is not null)
            .WithMessage(_ => Text.Get("Validation.ChooseCluster"));
        RuleFor(x => x.CompensationMin).GreaterThanOrEqualTo(0).LessThanOrEqualTo(Money.MaxAmount);
        RuleFor(x => x.CompensationMax).GreaterThanOrEqualTo(0).LessThanOrEqualTo(Money.MaxAmount);
        RuleFor(x => x.CompensationMax).GreaterThanOrEqualTo(x => x.CompensationMin!.Value)
            .When(x => x.CompensationMin is not null && x.CompensationMax is not null)
            .WithMessage(_ => Text.Get("Validation.MinAboveMax"));
        RuleFor(x => x.CompensationCurrency).NotEmpty()
            .When(x => x.CompensationMin is not null || x.CompensationMax is not null)
            .WithMessage(_ => Text.Get("Validation.CurrencyRequired"));
        RuleFor(x => x.CompensationCurrency)
            .MustAsync((c, ct) => ProjectRules.IsKnownCurrencyAsync(db, c, ct))
            .When(x => Input.Clean(x.CompensationCurrency) is not null && (x.CompensationMin is not null || x.CompensationMax is not null))
            .WithMessage(_ => Text.Get("Validation.UnknownCurrency"));
        RuleFor(x => x.Deadline).Must(d => d >= PositionRules.Today(clock)).When(x => x.Deadline is not null)
            .WithMessage(_ => Text.Get("Validation.DeadlinePast"));
    }
}
