using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Projects;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

internal sealed class FundFieldsValidator : AbstractValidator<IFundFields>
{
    public FundFieldsValidator(IAppDbContext db)
    {
        RuleFor(x => x.NameEn).MaximumLength(FundLimits.NameMaxLength);
        RuleFor(x => x.NameZh).MaximumLength(FundLimits.NameMaxLength);
        RuleFor(x => x.NameEn).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.NameZh))
            .WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.DescriptionEn).MaximumLength(FundLimits.DescriptionMaxLength);
        RuleFor(x => x.DescriptionZh).MaximumLength(FundLimits.DescriptionMaxLength);

        RuleFor(x => x.Type).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => Text.Get("Validation.ChooseFundType"))
            .Must(t => Codes.FundTypes.Contains(t)).WithMessage(_ => Text.Get("Validation.UnknownCode"));

        RuleFor(x => x.ClusterKey).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => Text.Get("Validation.ChooseCluster"))
            .MustAsync(async (key, ct) => await db.Clusters.AnyAsync(c => c.Key == key, ct))
            .WithMessage(_ => Text.Get("Validation.UnknownCode"));

        RuleFor(x => x.Website).Cascade(CascadeMode.Stop)
            .MaximumLength(FundLimits.WebsiteMaxLength)
            .Must(w => StartupFields.Website(w) is not null).When(x => !string.IsNullOrWhiteSpace(x.Website))
            .WithMessage(_ => Text.Get("Validation.Website"));

        // A size needs its currency; a currency alone (the form's default) is simply not stored.
        RuleFor(x => x.SizeAmount).GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount);
        RuleFor(x => x.SizeCurrency).NotEmpty().When(x => x.SizeAmount is not null)
            .WithMessage(_ => Text.Get("Validation.CurrencyRequired"));
        RuleFor(x => x.SizeCurrency).MustAsync((c, ct) => ProjectRules.IsKnownCurrencyAsync(db, c, ct))
            .When(x => x.SizeAmount is not null && !string.IsNullOrEmpty(x.SizeCurrency))
            .WithMessage(_ => Text.Get("Validation.UnknownCurrency"));
    }
}
