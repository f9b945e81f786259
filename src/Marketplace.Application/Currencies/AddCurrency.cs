using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Marketplace.Domain.Currencies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Currencies;

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
