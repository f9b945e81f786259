using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Clusters;

namespace Marketplace.Application.Clusters;

internal sealed class ClusterFieldsValidator : AbstractValidator<IClusterFields>
{
    public ClusterFieldsValidator()
    {
        RuleFor(x => x.NameEn).MaximumLength(ClusterLimits.NameMaxLength);
        RuleFor(x => x.NameZh).MaximumLength(ClusterLimits.NameMaxLength);
        RuleFor(x => x.NameEn).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.NameZh))
            .WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.CountryCode).Must(c => ClusterFields.CountryCode(c) is not null)
            .WithMessage(_ => Text.Get("Validation.CountryCode"));
        RuleFor(x => x.Region).MaximumLength(ClusterLimits.RegionMaxLength);
        RuleFor(x => x.Mode).Must(m => DevelopmentModes.TryParse(m, out _)).WithMessage(_ => Text.Get("Validation.UnknownCode"));
        RuleFor(x => x.DescriptionEn).MaximumLength(ClusterLimits.DescriptionMaxLength);
        RuleFor(x => x.DescriptionZh).MaximumLength(ClusterLimits.DescriptionMaxLength);
    }
}
