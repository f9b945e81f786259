using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

public sealed class ClusterRecordValidator : AbstractValidator<ClusterRecord>
{
    public ClusterRecordValidator()
    {
        // The key is the cluster's code in URLs and filters.
        RuleFor(x => x.Key).Must(Codes.IsWellFormed).WithMessage(_ => Text.Get("Import.KeyNotCode"));
        RuleFor(x => x.Name).NotNull().WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Name!).Must(n => !n.IsEmpty).When(x => x.Name is not null).WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Name!.En).MaximumLength(ClusterLimits.NameMaxLength).When(x => x.Name is not null);
        RuleFor(x => x.Name!.Zh).MaximumLength(ClusterLimits.NameMaxLength).When(x => x.Name is not null);
        RuleFor(x => x.Country).NotEmpty().Matches("^[A-Z]{2}$").WithMessage(_ => Text.Get("Validation.CountryCode"));
        RuleFor(x => x.Region).MaximumLength(ClusterLimits.RegionMaxLength);
        RuleFor(x => x.Mode).Must(m => DevelopmentModes.TryParse(m, out _)).WithMessage(x => ImportText.UnknownCode(x.Mode, Codes.ClusterModes));
        RuleFor(x => x.Description!.En).MaximumLength(ClusterLimits.DescriptionMaxLength).When(x => x.Description is not null);
        RuleFor(x => x.Description!.Zh).MaximumLength(ClusterLimits.DescriptionMaxLength).When(x => x.Description is not null);
    }
}
