using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Startups;
using Marketplace.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

internal sealed class StartupFieldsValidator : AbstractValidator<IStartupFields>
{
    public StartupFieldsValidator(IAppDbContext db, TimeProvider clock)
    {
        var thisYear = clock.GetUtcNow().Year;

        RuleFor(x => x.NameEn).MaximumLength(StartupLimits.NameMaxLength);
        RuleFor(x => x.NameZh).MaximumLength(StartupLimits.NameMaxLength);
        RuleFor(x => x.NameEn).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.NameZh))
            .WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.DescriptionEn).MaximumLength(StartupLimits.DescriptionMaxLength);
        RuleFor(x => x.DescriptionZh).MaximumLength(StartupLimits.DescriptionMaxLength);

        RuleFor(x => x.ClusterKey).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => Text.Get("Validation.ChooseCluster"))
            .MustAsync(async (key, ct) => await db.Clusters.AnyAsync(c => c.Key == key, ct))
            .WithMessage(_ => Text.Get("Validation.UnknownCode"));

        RuleFor(x => x.Sectors).Cascade(CascadeMode.Stop)
            .Must(s => s is not null && s.Distinct().Count() is >= 1 and <= Startup.MaxSectors)
            .WithMessage(_ => Text.Format("Validation.SectorCount", Startup.MaxSectors))
            .CustomAsync(async (sectors, context, ct) =>
            {
                var unknown = await UnknownSectorsAsync(db, sectors, ct);
                if (unknown.Count > 0)
                    context.AddFailure(Text.Format("Validation.UnknownSector", string.Join(", ", unknown)));
            });

        RuleFor(x => x.Stage).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => Text.Get("Validation.ChooseStage"))
            .Must(s => Codes.Stages.Contains(s)).WithMessage(_ => Text.Get("Validation.UnknownCode"));

        RuleFor(x => x.FoundedYear)
            .Must(y => StartupFields.WholeNumber(y) is { } n && n >= StartupLimits.FirstFoundedYear && n <= thisYear)
            .When(x => !string.IsNullOrWhiteSpace(x.FoundedYear))
            .WithMessage(_ => Text.Format("Validation.FoundedYear", StartupLimits.FirstFoundedYear, thisYear));
        RuleFor(x => x.TeamSize)
            .Must(n => StartupFields.WholeNumber(n) is >= 1 and <= StartupLimits.MaxTeamSize)
            .When(x => !string.IsNullOrWhiteSpace(x.TeamSize))
            .WithMessage(_ => Text.Format("Validation.TeamSize", 1, StartupLimits.MaxTeamSize));

        RuleFor(x => x.Website).Cascade(CascadeMode.Stop)
            .MaximumLength(StartupLimits.WebsiteMaxLength)
            .Must(w => StartupFields.Website(w) is not null).When(x => !string.IsNullOrWhiteSpace(x.Website))
            .WithMessage(_ => Text.Get("Validation.Website"));

        RuleFor(x => x.RelocationClusterKeys).Cascade(CascadeMode.Stop)
            .Must(k => k is null || k.Count <= StartupLimits.MaxRelocationClusters)
            .WithMessage(_ => Text.Format("Validation.TooMany", StartupLimits.MaxRelocationClusters))
            .MustAsync(async (keys, ct) =>
            {
                var wanted = StartupFields.Codes(keys);
                return wanted.Count == 0 || await db.Clusters.CountAsync(c => wanted.Contains(c.Key), ct) == wanted.Count;
            })
            .WithMessage(_ => Text.Get("Validation.UnknownCode"));
    }

    /// <summary>The chosen sector codes that are not active sectors of the taxonomy.</summary>
    private static async Task<List<string>> UnknownSectorsAsync(IAppDbContext db, IReadOnlyList<string>? sectors, CancellationToken ct)
    {
        var wanted = StartupFields.Codes(sectors);
        var known = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Kind == TaxonomyKind.Sector && t.IsActive && wanted.Contains(t.Code))
            .Select(t => t.Code).ToListAsync(ct);
        return wanted.Except(known).ToList();
    }
}
