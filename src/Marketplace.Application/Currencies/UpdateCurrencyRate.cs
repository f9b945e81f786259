using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Marketplace.Domain.Currencies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Currencies;

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
