using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Startups;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

public sealed class StartupRecordValidator : AbstractValidator<StartupRecord>
{
    public const int MaxOwners = 20;

    public StartupRecordValidator(ImportCodes codes, TimeProvider clock)
    {
        RuleFor(x => x.Owners).NotNull().WithMessage(_ => Text.Get("Import.OwnersRequired"));
        RuleFor(x => x.Owners!).Must(o => o.Count is > 0 and <= MaxOwners).When(x => x.Owners is not null)
            .WithMessage(_ => Text.Format("Import.OwnersCount", MaxOwners));
        RuleForEach(x => x.Owners).NotEmpty();
        RuleFor(x => x.Owners).Must(Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));

        RuleFor(x => x.Name).NotNull().WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Name!).Must(n => !n.IsEmpty).When(x => x.Name is not null).WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Name!.En).MaximumLength(StartupLimits.NameMaxLength).When(x => x.Name is not null);
        RuleFor(x => x.Name!.Zh).MaximumLength(StartupLimits.NameMaxLength).When(x => x.Name is not null);
        RuleFor(x => x.Description!.En).MaximumLength(StartupLimits.DescriptionMaxLength).When(x => x.Description is not null);
        RuleFor(x => x.Description!.Zh).MaximumLength(StartupLimits.DescriptionMaxLength).When(x => x.Description is not null);

        RuleFor(x => x.Cluster).NotEmpty();
        RuleFor(x => x.Sectors).NotNull().WithMessage(_ => Text.Format("Import.SectorCount", Startup.MaxSectors));
        RuleFor(x => x.Sectors!).Must(s => s.Count is > 0 and <= Startup.MaxSectors).When(x => x.Sectors is not null)
            .WithMessage(_ => Text.Format("Import.SectorCount", Startup.MaxSectors));
        RuleForEach(x => x.Sectors).MustAsync(codes.IsSectorAsync)
            .WithMessage((_, sector) => ImportText.UnknownCode(sector, codes.Sectors));
        RuleFor(x => x.Sectors).Must(Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
        RuleFor(x => x.Stage).Must(s => Codes.Stages.Contains(s)).WithMessage(x => ImportText.UnknownCode(x.Stage, Codes.Stages));
        RuleFor(x => x.Founded).InclusiveBetween(StartupLimits.FirstFoundedYear, clock.GetUtcNow().Year)
            .When(x => x.Founded is not null)
            .WithMessage(_ => Text.Format("Import.FoundedYear", StartupLimits.FirstFoundedYear, clock.GetUtcNow().Year));
        RuleFor(x => x.TeamSize).InclusiveBetween(1, StartupLimits.MaxTeamSize).When(x => x.TeamSize is not null);
        RuleFor(x => x.Website).MaximumLength(StartupLimits.WebsiteMaxLength).Must(IsWebAddress).When(x => x.Website is not null)
            .WithMessage(_ => Text.Get("Import.WebsiteUrl"));
        RuleForEach(x => x.WillingToRelocateTo).NotEmpty();
        RuleFor(x => x.WillingToRelocateTo).Must(Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
    }

    internal static bool Distinct(IReadOnlyList<string?>? values) =>
        values is null || values.Distinct(StringComparer.Ordinal).Count() == values.Count;

    public static bool IsWebAddress(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
