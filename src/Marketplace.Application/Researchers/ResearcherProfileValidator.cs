using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Projects;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Researchers;
using Marketplace.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Researchers;

/// <summary>
/// The rules of a researcher profile. Errors land at their field; a publication's at its row
/// ("Publications[2].Doi"), so the form shows each next to what was typed.
/// </summary>
internal sealed class ResearcherProfileValidator : AbstractValidator<SaveResearcherProfile.Command>
{
    public ResearcherProfileValidator(IAppDbContext db, TimeProvider clock)
    {
        var nextYear = clock.GetUtcNow().Year + 1;

        RuleFor(x => x.HeadlineEn).MaximumLength(ResearcherLimits.HeadlineLength);
        RuleFor(x => x.HeadlineZh).MaximumLength(ResearcherLimits.HeadlineLength);
        RuleFor(x => x.HeadlineEn).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.HeadlineZh))
            .WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.SummaryEn).MaximumLength(ResearcherLimits.SummaryLength);
        RuleFor(x => x.SummaryZh).MaximumLength(ResearcherLimits.SummaryLength);
        RuleFor(x => x.AffiliationEn).MaximumLength(ResearcherLimits.AffiliationLength);
        RuleFor(x => x.AffiliationZh).MaximumLength(ResearcherLimits.AffiliationLength);
        RuleFor(x => x.AffiliationType).Must(t => Codes.AffiliationTypes.Contains(t))
            .When(x => Input.Clean(x.AffiliationType) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));

        RuleFor(x => x.ResearchAreas).Cascade(CascadeMode.Stop)
            .Must(a => StartupFields.Codes(a).Count <= ResearcherProfile.MaxResearchAreas)
            .WithMessage(_ => Text.Format("Validation.TooMany", ResearcherProfile.MaxResearchAreas))
            .CustomAsync(async (areas, context, ct) =>
            {
                var wanted = StartupFields.Codes(areas);
                var known = await db.TaxonomyTerms.AsNoTracking()
                    .Where(t => t.Kind == TaxonomyKind.ResearchArea && t.IsActive && wanted.Contains(t.Code))
                    .Select(t => t.Code).ToListAsync(ct);
                var unknown = wanted.Except(known).ToList();
                if (unknown.Count > 0)
                    context.AddFailure(Text.Format("Validation.UnknownResearchArea", string.Join(", ", unknown)));
            });

        RuleFor(x => Skills.Parse(x.Skills)).ValidSkills(ResearcherProfile.MaxSkills).OverridePropertyName(nameof(SaveResearcherProfile.Command.Skills));

        RuleFor(x => x.Degree).Must(d => Codes.Degrees.Contains(d))
            .When(x => Input.Clean(x.Degree) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
        RuleFor(x => x.YearsExperience).InclusiveBetween(0, ResearcherLimits.MaxYearsExperience);

        RuleFor(x => x.Publications).Must(p => ResearcherFields.FilledRows(p).Count <= ResearcherProfile.MaxPublications)
            .WithMessage(_ => Text.Format("Validation.TooMany", ResearcherProfile.MaxPublications));
        RuleForEach(x => x.Publications).Where(r => r is not null && !r.IsBlank).ChildRules(row =>
        {
            row.RuleFor(r => r.Title).NotEmpty().MaximumLength(ResearcherLimits.PublicationTitleLength);
            row.RuleFor(r => r.Venue).MaximumLength(ResearcherLimits.VenueLength);
            row.RuleFor(r => r.Year).InclusiveBetween(ResearcherLimits.FirstPublicationYear, nextYear);
            row.RuleFor(r => r.Doi).Must(d => Doi.Normalise(d) is not null)
                .When(r => Input.Clean(r.Doi) is not null).WithMessage(_ => Text.Get("Validation.Doi"));
            row.RuleFor(r => r.Url).Must(u => ResearcherFields.Link(u) is not null)
                .When(r => Input.Clean(r.Url) is not null).WithMessage(_ => Text.Get("Validation.Website"));
            row.RuleFor(r => r.Doi).NotEmpty().When(r => Input.Clean(r.Url) is null)
                .WithMessage(_ => Text.Get("Validation.DoiOrUrl"));
        });

        RuleFor(x => x.Orcid).Must(o => Orcid.Normalise(o) is not null)
            .When(x => Input.Clean(x.Orcid) is not null).WithMessage(_ => Text.Get("Validation.Orcid"));

        RuleFor(x => x.Links).Custom((text, context) =>
        {
            var links = ResearcherFields.Links(text);
            if (links.Count > ResearcherProfile.MaxLinks)
                context.AddFailure(Text.Format("Validation.TooMany", ResearcherProfile.MaxLinks));
            var bad = links.Where(l => ResearcherFields.Link(l) is null).ToList();
            if (bad.Count > 0)
                context.AddFailure(Text.Format("Validation.BadLinks", string.Join(" ", bad)));
        });

        RuleFor(x => x.DesiredClusterKeys).Cascade(CascadeMode.Stop)
            .Must(k => StartupFields.Codes(k).Count <= ResearcherProfile.MaxDesiredClusters)
            .WithMessage(_ => Text.Format("Validation.TooMany", ResearcherProfile.MaxDesiredClusters))
            .MustAsync(async (keys, ct) =>
            {
                var wanted = StartupFields.Codes(keys);
                return wanted.Count == 0 || await db.Clusters.CountAsync(c => wanted.Contains(c.Key), ct) == wanted.Count;
            })
            .WithMessage(_ => Text.Get("Validation.UnknownCode"));

        RuleFor(x => x.PositionTypes).Must(t => StartupFields.Codes(t).All(Codes.PositionTypes.Contains))
            .WithMessage(_ => Text.Get("Validation.UnknownCode"));

        RuleFor(x => x.SalaryExpectationAmount).InclusiveBetween(0, ResearcherLimits.MaxSalary);
        RuleFor(x => x.SalaryExpectationCurrency).NotEmpty().When(x => x.SalaryExpectationAmount is not null)
            .WithMessage(_ => Text.Get("Validation.CurrencyRequired"));
        RuleFor(x => x.SalaryExpectationCurrency)
            .MustAsync((c, ct) => ProjectRules.IsKnownCurrencyAsync(db, c!.Trim(), ct))
            .When(x => x.SalaryExpectationAmount is not null && Input.Clean(x.SalaryExpectationCurrency) is not null)
            .WithMessage(_ => Text.Get("Validation.UnknownCurrency"));

        RuleFor(x => x.Visibility).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => Text.Get("Validation.ChooseVisibility"))
            .Must(v => ResearcherVisibility.All.Contains(v)).WithMessage(_ => Text.Get("Validation.UnknownCode"));
    }
}
