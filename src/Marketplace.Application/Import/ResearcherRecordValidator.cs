using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Researchers;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

public sealed class ResearcherRecordValidator : AbstractValidator<ResearcherRecord>
{

    public ResearcherRecordValidator(ImportCodes codes, TimeProvider clock)
    {
        RuleFor(x => x.User).NotEmpty();
        RuleFor(x => x.Headline!.En).MaximumLength(ResearcherLimits.HeadlineLength).When(x => x.Headline is not null);
        RuleFor(x => x.Headline!.Zh).MaximumLength(ResearcherLimits.HeadlineLength).When(x => x.Headline is not null);
        RuleFor(x => x.Summary!.En).MaximumLength(ResearcherLimits.SummaryLength).When(x => x.Summary is not null);
        RuleFor(x => x.Summary!.Zh).MaximumLength(ResearcherLimits.SummaryLength).When(x => x.Summary is not null);
        RuleFor(x => x.Affiliation!.En).MaximumLength(ResearcherLimits.AffiliationLength).When(x => x.Affiliation is not null);
        RuleFor(x => x.Affiliation!.Zh).MaximumLength(ResearcherLimits.AffiliationLength).When(x => x.Affiliation is not null);
        RuleFor(x => x.AffiliationType).Must(t => Codes.AffiliationTypes.Contains(t)).When(x => x.AffiliationType is not null)
            .WithMessage(x => ImportText.UnknownCode(x.AffiliationType, Codes.AffiliationTypes));

        RuleFor(x => x.ResearchAreas!).Must(a => a.Count <= ResearcherProfile.MaxResearchAreas).When(x => x.ResearchAreas is not null)
            .WithMessage(_ => Text.Format("Validation.TooMany", ResearcherProfile.MaxResearchAreas));
        RuleForEach(x => x.ResearchAreas).MustAsync(codes.IsResearchAreaAsync)
            .WithMessage((_, area) => ImportText.UnknownCode(area, codes.ResearchAreas));
        RuleFor(x => x.ResearchAreas).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
        RuleForEach(x => x.Skills).Must(ImportSkills.IsWellFormed).WithMessage(_ => Text.Get("Validation.SkillTag"));
        RuleFor(x => x.Skills).Must(s => ImportSkills.Normalise(s).Count <= ResearcherProfile.MaxSkills)
            .WithMessage(_ => Text.Format("Validation.TooMany", ResearcherProfile.MaxSkills));
        RuleFor(x => x.Degree).Must(d => Codes.Degrees.Contains(d)).When(x => x.Degree is not null)
            .WithMessage(x => ImportText.UnknownCode(x.Degree, Codes.Degrees));
        RuleFor(x => x.YearsExperience).InclusiveBetween(0, ResearcherLimits.MaxYearsExperience);
        RuleFor(x => x.Orcid).Must(o => Orcid.Normalise(o) is not null).When(x => x.Orcid is not null)
            .WithMessage(_ => Text.Get("Validation.Orcid"));

        RuleFor(x => x.Publications!).Must(p => p.Count <= ResearcherProfile.MaxPublications).When(x => x.Publications is not null)
            .WithMessage(_ => Text.Format("Validation.TooMany", ResearcherProfile.MaxPublications));
        RuleForEach(x => x.Publications).NotNull().ChildRules(p =>
        {
            p.RuleFor(m => m!.Title).NotEmpty().MaximumLength(ResearcherLimits.PublicationTitleLength);
            p.RuleFor(m => m!.Venue).MaximumLength(ResearcherLimits.VenueLength);
            p.RuleFor(m => m!.Year).InclusiveBetween(ResearcherLimits.FirstPublicationYear, clock.GetUtcNow().Year + 1);
            p.RuleFor(m => m!.Doi).NotEmpty().When(m => m!.Url is null).WithMessage(_ => Text.Get("Import.PublicationLink"));
            p.RuleFor(m => m!.Doi).Must(d => Doi.Normalise(d) is not null).When(m => !string.IsNullOrWhiteSpace(m!.Doi))
                .WithMessage(_ => Text.Get("Validation.Doi"));
            p.RuleFor(m => m!.Url).MaximumLength(ResearcherLimits.LinkLength).Must(StartupRecordValidator.IsWebAddress).When(m => m!.Url is not null)
                .WithMessage(_ => Text.Get("Import.WebsiteUrl"));
        });

        RuleFor(x => x.Links!).Must(l => l.Count <= ResearcherProfile.MaxLinks).When(x => x.Links is not null)
            .WithMessage(_ => Text.Format("Validation.TooMany", ResearcherProfile.MaxLinks));
        RuleForEach(x => x.Links).MaximumLength(ResearcherLimits.LinkLength).Must(StartupRecordValidator.IsWebAddress).WithMessage(_ => Text.Get("Import.WebsiteUrl"));
        RuleFor(x => x.Links).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
        RuleFor(x => x.DesiredClusters!).Must(c => c.Count <= ResearcherProfile.MaxDesiredClusters).When(x => x.DesiredClusters is not null)
            .WithMessage(_ => Text.Format("Validation.TooMany", ResearcherProfile.MaxDesiredClusters));
        RuleForEach(x => x.DesiredClusters).NotEmpty();
        RuleFor(x => x.DesiredClusters).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
        RuleForEach(x => x.PositionTypes).Must(t => Codes.PositionTypes.Contains(t))
            .WithMessage((_, type) => ImportText.UnknownCode(type, Codes.PositionTypes));
        RuleFor(x => x.PositionTypes).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
        RuleFor(x => x.AvailableFrom).Must(ImportDates.IsDate).When(x => x.AvailableFrom is not null)
            .WithMessage(_ => Text.Format("Import.Date", ImportDates.Format));
        When(x => x.SalaryExpectation is not null, () =>
        {
            RuleFor(x => x.SalaryExpectation!.Amount).NotNull().GreaterThan(0).LessThanOrEqualTo(ResearcherLimits.MaxSalary);
            RuleFor(x => x.SalaryExpectation!.Currency).NotEmpty().MustAsync(codes.HasReferenceRateAsync)
                .WithMessage(x => Text.Format("Import.UnknownCurrency", x.SalaryExpectation!.Currency ?? ""));
        });
        RuleFor(x => x.Visibility).Must(v => ResearcherVisibility.All.Contains(v)).When(x => x.Visibility is not null)
            .WithMessage(x => ImportText.UnknownCode(x.Visibility, ResearcherVisibility.All));
    }
}
