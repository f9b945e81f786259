using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>
/// The one set of rules for a mandate's input, whichever door it comes through, so a value refused by the form
/// is refused by the import with the same words. <paramref name="fundType"/> tells the type of the fund the
/// mandate is for (null when unknown: the use case answers 404 later).
/// </summary>
internal sealed class MandateFieldsValidator<T> : AbstractValidator<T>
    where T : IMandateFields
{
    public MandateFieldsValidator(IMandateReferences references, Func<T, CancellationToken, Task<string?>> fundType)
    {
        RuleFor(x => x.Sectors).Cascade(CascadeMode.Stop)
            .Must(s => StartupFields.Codes(s).Count <= MandateLimits.MaxCodes).WithMessage(_ => Text.Format("Validation.TooMany", MandateLimits.MaxCodes))
            .CustomAsync(async (sectors, context, ct) =>
            {
                var unknown = await references.UnknownSectorsAsync(StartupFields.Codes(sectors), ct);
                if (unknown.Count > 0)
                    context.AddFailure(Text.Format("Validation.UnknownSector", string.Join(", ", unknown)));
            });

        RuleFor(x => x.Stages)
            .Must(s => StartupFields.Codes(s).All(Codes.Stages.Contains)).WithMessage(_ => Text.Get("Validation.UnknownCode"));

        RuleFor(x => x.TicketMin).GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount).When(x => x.TicketMin is not null);
        RuleFor(x => x.TicketMax).GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount).When(x => x.TicketMax is not null);
        RuleFor(x => x.TicketMax).Must((x, max) => max >= x.TicketMin)
            .When(x => x.TicketMin is > 0 && x.TicketMax is > 0)
            .WithMessage(_ => Text.Get("Validation.MinAboveMax"));
        RuleFor(x => x.TicketCurrency).Cascade(CascadeMode.Stop)
            .NotEmpty().When(x => x.TicketMin is not null || x.TicketMax is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Text.Get("Validation.CurrencyRequired"))
            .MustAsync((c, ct) => references.IsRatedCurrencyAsync(Input.Clean(c)!, ct))
            .When(x => !string.IsNullOrWhiteSpace(x.TicketCurrency) && (x.TicketMin is not null || x.TicketMax is not null), ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Text.Get("Validation.UnknownCurrency"));

        RuleFor(x => x.TargetClusterKeys).Cascade(CascadeMode.Stop)
            .Must(k => StartupFields.Codes(k).Count <= MandateLimits.MaxCodes).WithMessage(_ => Text.Format("Validation.TooMany", MandateLimits.MaxCodes))
            .MustAsync((keys, ct) => references.AreClustersAsync(StartupFields.Codes(keys), ct)).WithMessage(_ => Text.Get("Validation.UnknownCode"));

        RuleFor(x => x.WeeklyCapacity).InclusiveBetween(1, MandateLimits.MaxWeeklyCapacity).When(x => x.WeeklyCapacity is not null);

        RuleFor(x => x.GuidanceRule).Cascade(CascadeMode.Stop)
            .Must(r => Codes.GuidanceRules.Contains(r!.Trim())).When(x => Rule(x) is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Text.Get("Validation.UnknownCode"))
            .MustAsync(async (x, _, ct) => await fundType(x, ct) is null or GuidanceRuleCodes.GuidanceFundType)
            .When(x => GuidanceRuleCodes.IsRegional(Rule(x)), ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Text.Get("Validation.RegionRuleForGuidanceFunds"));

        RuleFor(x => x.GuidanceRegions).Cascade(CascadeMode.Stop)
            .Must(k => StartupFields.Codes(k).Count > 0).WithMessage(_ => Text.Get("Validation.RegionsRequired"))
            .Must(k => StartupFields.Codes(k).Count <= MandateLimits.MaxCodes).WithMessage(_ => Text.Format("Validation.TooMany", MandateLimits.MaxCodes))
            .MustAsync((keys, ct) => references.AreClustersAsync(StartupFields.Codes(keys), ct)).WithMessage(_ => Text.Get("Validation.UnknownCode"))
            .When(x => GuidanceRuleCodes.IsRegional(Rule(x)));

        RuleFor(x => x.ReinvestmentRatio)
            .Must(r => r is { } ratio && MandateLimits.IsReinvestmentRatio(ratio))
            .WithMessage(_ => Text.Format("Validation.ReinvestmentRatio", MandateLimits.MinReinvestmentRatio, MandateLimits.MaxReinvestmentRatio))
            .When(x => Rule(x) == GuidanceRuleCodes.Reinvestment);
    }

    private static string? Rule(T fields) => Input.Clean(fields.GuidanceRule);
}
