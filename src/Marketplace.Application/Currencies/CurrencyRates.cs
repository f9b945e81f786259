using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Marketplace.Domain.Currencies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Currencies;

public sealed record CurrencyRateRow(string Currency, decimal UnitsPerReference, int Version, DateTime UpdatedAt)
{
    public bool IsReference => Currency == CurrencyRate.Reference;
}

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

/// <summary>The reference-rate table as administrators maintain it.</summary>
public static class ListCurrencyRates
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Query : IQuery<IReadOnlyList<CurrencyRateRow>>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, IReadOnlyList<CurrencyRateRow>>
    {
        public async ValueTask<IReadOnlyList<CurrencyRateRow>> Handle(Query query, CancellationToken ct)
        {
            var rows = await db.CurrencyRates.AsNoTracking()
                .Select(r => new CurrencyRateRow(r.Currency, r.UnitsPerReference, r.Version, r.UpdatedAt))
                .ToListAsync(ct);
            return rows.OrderBy(r => r.IsReference ? 0 : 1).ThenBy(r => r.Currency, StringComparer.Ordinal).ToList();
        }
    }
}

public static class GetCurrencyRate
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Query(string Currency) : IQuery<CurrencyRateRow>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, CurrencyRateRow>
    {
        public async ValueTask<CurrencyRateRow> Handle(Query query, CancellationToken ct) =>
            await db.CurrencyRates.AsNoTracking()
                .Where(r => r.Currency == query.Currency)
                .Select(r => new CurrencyRateRow(r.Currency, r.UnitsPerReference, r.Version, r.UpdatedAt))
                .FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Currency");
    }
}

/// <summary>
/// An administrator changes how many units of a currency make one US dollar. The dollar itself is
/// the unit of the table and stays at 1. Concurrent edits are detected through the version.
/// </summary>
public static class UpdateCurrencyRate
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Command(string Currency, decimal? UnitsPerReference, int Version) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.UnitsPerReference).ValidRate();
            RuleFor(x => x.UnitsPerReference).Equal(1m).When(x => x.Currency == CurrencyRate.Reference)
                .WithMessage(_ => Text.Format("Validation.ReferenceRateFixed", CurrencyRate.Reference));
        }
    }

    public sealed class Handler(IAppDbContext db) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var rate = await db.CurrencyRates.FirstOrDefaultAsync(r => r.Currency == command.Currency, ct)
                ?? throw new NotFoundException("Currency");
            db.Entry(rate).Property(r => r.Version).OriginalValue = command.Version;
            rate.UnitsPerReference = command.UnitsPerReference!.Value;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}

/// <summary>An administrator adds a currency to the table, so projects in it become comparable.</summary>
public static class AddCurrency
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Command(string? Currency, decimal? UnitsPerReference) : ICommand<string>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db)
        {
            RuleFor(x => x.Currency).Cascade(CascadeMode.Stop)
                .Must(c => RateRules.CurrencyCode(c) is not null).WithMessage(_ => Text.Get("Validation.CurrencyCode"))
                .MustAsync(async (c, ct) =>
                {
                    var code = RateRules.CurrencyCode(c);
                    return !await db.CurrencyRates.AnyAsync(r => r.Currency == code, ct);
                })
                .WithMessage(_ => Text.Get("Validation.CurrencyTaken"));
            RuleFor(x => x.UnitsPerReference).ValidRate();
        }
    }

    public sealed class Handler(IAppDbContext db) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken ct)
        {
            var rate = new CurrencyRate(RateRules.CurrencyCode(command.Currency)!, command.UnitsPerReference!.Value);
            db.CurrencyRates.Add(rate);
            await db.SaveChangesAsync(ct);
            return rate.Currency;
        }
    }
}
