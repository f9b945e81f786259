using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Funds;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

public sealed class FundRecordValidator : AbstractValidator<FundRecord>
{
    public const int MaxManagers = 20;

    public FundRecordValidator(ImportCodes codes)
    {
        RuleFor(x => x.Managers).NotNull().WithMessage(_ => Text.Get("Import.ManagersRequired"));
        RuleFor(x => x.Managers!).Must(m => m.Count is > 0 and <= MaxManagers).When(x => x.Managers is not null)
            .WithMessage(_ => Text.Format("Import.ManagersCount", MaxManagers));
        RuleForEach(x => x.Managers).NotEmpty();
        RuleFor(x => x.Managers).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));

        RuleFor(x => x.Name).NotNull().WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Name!).Must(n => !n.IsEmpty).When(x => x.Name is not null).WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Name!.En).MaximumLength(FundLimits.NameMaxLength).When(x => x.Name is not null);
        RuleFor(x => x.Name!.Zh).MaximumLength(FundLimits.NameMaxLength).When(x => x.Name is not null);
        RuleFor(x => x.Description!.En).MaximumLength(FundLimits.DescriptionMaxLength).When(x => x.Description is not null);
        RuleFor(x => x.Description!.Zh).MaximumLength(FundLimits.DescriptionMaxLength).When(x => x.Description is not null);

        RuleFor(x => x.Type).Must(t => Codes.FundTypes.Contains(t)).WithMessage(x => ImportText.UnknownCode(x.Type, Codes.FundTypes));
        RuleFor(x => x.Cluster).NotEmpty().When(x => x.Cluster is not null);
        RuleFor(x => x.Website).MaximumLength(FundLimits.WebsiteMaxLength).Must(StartupRecordValidator.IsWebAddress).When(x => x.Website is not null)
            .WithMessage(_ => Text.Get("Import.WebsiteUrl"));
        When(x => x.Size is not null, () =>
        {
            RuleFor(x => x.Size!.Amount).NotNull().GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount);
            RuleFor(x => x.Size!.Currency).NotEmpty().MustAsync(codes.HasReferenceRateAsync)
                .WithMessage(x => Text.Format("Import.UnknownCurrency", x.Size!.Currency ?? ""));
        });

        // The mandate's rules are the mandate form's (one validator, the same words); what is left here belongs
        // to the file: repeated codes, an empty ticket, a guidance block on another fund or naming no rule, and
        // settings the rule does not use (the form drops them silently, a file should not carry them).
        When(x => x.Mandate is not null, () =>
        {
            RuleFor(x => x.Mandate!.Sectors).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
            RuleFor(x => x.Mandate!.Stages).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
            RuleForEach(x => x.Mandate!.Clusters).NotEmpty();
            RuleFor(x => x.Mandate!.Clusters).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
            RuleFor(x => x.Mandate!.Ticket).Must(t => t!.Min is not null || t.Max is not null).When(x => x.Mandate!.Ticket is not null)
                .WithMessage(_ => Text.Get("Import.TicketBound"));

            When(x => x.Mandate!.Guidance is not null, () =>
            {
                RuleFor(x => x.Mandate!.Guidance).Must((x, _) => x.Type == GuidanceRuleCodes.GuidanceFundType).When(x => Codes.FundTypes.Contains(x.Type))
                    .WithMessage(_ => Text.Get("Import.OnlyForGuidance"));
                RuleFor(x => x.Mandate!.Guidance!.Rule).NotEmpty()
                    .WithMessage(x => ImportText.UnknownCode(x.Mandate!.Guidance!.Rule, Codes.GuidanceRules));
                RuleForEach(x => x.Mandate!.Guidance!.Regions).NotEmpty();
                RuleFor(x => x.Mandate!.Guidance!.Regions).Must(StartupRecordValidator.Distinct).WithMessage(_ => Text.Get("Import.DuplicateValue"));
                RuleFor(x => x.Mandate!.Guidance!.ReinvestmentRatio).Null()
                    .When(x => x.Mandate!.Guidance!.Rule != GuidanceRuleCodes.Reinvestment)
                    .WithMessage(_ => Text.Get("Import.OnlyForReinvestment"));
                RuleFor(x => x.Mandate!.Guidance!.AcceptsRelocation).Must(a => a is null or false)
                    .When(x => x.Mandate!.Guidance!.Rule != GuidanceRuleCodes.Reinvestment)
                    .WithMessage(_ => Text.Get("Import.OnlyForReinvestment"));
            });

            var mandate = new MandateFieldsValidator<ImportedMandate>(new ImportMandateReferences(codes), (m, _) => Task.FromResult(m.FundType));
            RuleFor(x => x).CustomAsync(async (record, context, ct) =>
            {
                var result = await mandate.ValidateAsync(ImportedMandate.Of(record), ct);
                foreach (var failure in result.Errors)
                    context.AddFailure(ImportedMandate.FieldOf(failure.PropertyName), failure.ErrorMessage);
            });
        });
    }
}
