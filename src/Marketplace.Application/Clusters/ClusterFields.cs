using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Clusters;

/// <summary>The fields an administrator fills in for a cluster, on the new and the edit form alike.</summary>
public interface IClusterFields
{
    string? NameEn { get; }
    string? NameZh { get; }
    string CountryCode { get; }
    string? Region { get; }
    string Mode { get; }
    string? DescriptionEn { get; }
    string? DescriptionZh { get; }
}

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

internal static class ClusterFields
{
    /// <summary>An ISO 3166 alpha-2 code in capitals ("cn" is taken as "CN"), or null when it is not one.</summary>
    public static string? CountryCode(string? input) =>
        Input.Clean(input)?.ToUpperInvariant() is { Length: 2 } code && code.All(c => c is >= 'A' and <= 'Z') ? code : null;

    public static void CopyTo(this IClusterFields fields, Cluster cluster)
    {
        DevelopmentModes.TryParse(fields.Mode, out var mode);
        cluster.Name = new LocalizedText(Input.Clean(fields.NameEn), Input.Clean(fields.NameZh));
        cluster.CountryCode = CountryCode(fields.CountryCode)!;
        cluster.Region = Input.Clean(fields.Region);
        cluster.Mode = mode;
        cluster.Description = new LocalizedText(Input.Clean(fields.DescriptionEn), Input.Clean(fields.DescriptionZh));
    }
}
