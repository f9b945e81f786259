using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Currencies;

/// <summary>The rules every rate an administrator enters must keep.</summary>
public static class RateRules
{
    public const decimal Max = 1_000_000m;
    public const int MaxDecimals = 6;

    /// <summary>An ISO 4217 code in capitals ("cny" is taken as "CNY"), or null when the input is not three letters.</summary>
    public static string? CurrencyCode(string? input) =>
        Input.Clean(input)?.ToUpperInvariant() is { } code && Money.IsCurrencyCode(code) ? code : null;

    public static IRuleBuilderOptions<T, decimal?> ValidRate<T>(this IRuleBuilderInitial<T, decimal?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => Text.Get("Validation.RateRange"))
            .Must(r => r > 0 && r <= Max).WithMessage(_ => Text.Get("Validation.RateRange"))
            .Must(r => decimal.Round(r!.Value, MaxDecimals) == r).WithMessage(_ => Text.Format("Validation.RateDecimals", MaxDecimals));
}
