using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Projects;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>The profile fields of a fund, on the new and the edit form alike (the mandate has its own form).</summary>
public interface IFundFields
{
    string? NameEn { get; }
    string? NameZh { get; }
    string? DescriptionEn { get; }
    string? DescriptionZh { get; }
    string? Type { get; }
    string? ClusterKey { get; }
    string? Website { get; }
    long? SizeAmount { get; }
    string? SizeCurrency { get; }
}

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

internal static class FundFields
{
    public static async Task CopyToAsync(this IFundFields fields, Fund fund, IAppDbContext db, CancellationToken ct)
    {
        fund.Describe(
            new LocalizedText(Input.Clean(fields.NameEn), Input.Clean(fields.NameZh)),
            new LocalizedText(Input.Clean(fields.DescriptionEn), Input.Clean(fields.DescriptionZh)),
            fields.Type!,
            await db.Clusters.Where(c => c.Key == fields.ClusterKey).Select(c => c.Id).FirstAsync(ct),
            StartupFields.Website(fields.Website),
            fields.SizeAmount is { } size ? new Money(size, fields.SizeCurrency!) : null);
    }
}

/// <summary>What the fund form offers: every cluster and the currencies with a reference rate.</summary>
public sealed record FundFormChoices(IReadOnlyList<ClusterChoice> Clusters, IReadOnlyList<string> Currencies)
{
    internal static async Task<FundFormChoices> LoadAsync(IAppDbContext db, CancellationToken ct)
    {
        var clusters = await db.Clusters.AsNoTracking().Select(c => new ClusterChoice(c.Key, c.Name)).ToListAsync(ct);
        return new FundFormChoices(clusters.OrderBy(c => c.Name.ForCurrentCulture(), StringComparer.CurrentCulture).ToList(),
            await ProjectCurrencies.ListAsync(db, ct));
    }
}

public static class GetFundFormChoices
{
    public sealed record Query : IQuery<FundFormChoices>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, FundFormChoices>
    {
        public async ValueTask<FundFormChoices> Handle(Query query, CancellationToken ct) => await FundFormChoices.LoadAsync(db, ct);
    }
}
