using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Projects;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

/// <summary>
/// An owner fills in the confidential figures: pre-money valuation, revenue of the last twelve
/// months and monthly burn (each an amount and its currency, each optional) and months of runway.
/// </summary>
public static class UpdateConfidential
{
    public sealed record Command(
        Guid ProjectId,
        long? PreMoneyValuationAmount, string? PreMoneyValuationCurrency,
        long? RevenueLast12MonthsAmount, string? RevenueLast12MonthsCurrency,
        long? MonthlyBurnAmount, string? MonthlyBurnCurrency,
        int? RunwayMonths, int Version) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db)
        {
            Amount(db, x => x.PreMoneyValuationAmount, x => x.PreMoneyValuationCurrency);
            Amount(db, x => x.RevenueLast12MonthsAmount, x => x.RevenueLast12MonthsCurrency);
            Amount(db, x => x.MonthlyBurnAmount, x => x.MonthlyBurnCurrency);
            RuleFor(x => x.RunwayMonths).InclusiveBetween(0, ProjectLimits.MaxRunwayMonths);
        }

        // An amount needs its currency; a currency alone (the form's default) is simply not stored.
        private void Amount(IAppDbContext db, System.Linq.Expressions.Expression<Func<Command, long?>> amount,
            System.Linq.Expressions.Expression<Func<Command, string?>> currency)
        {
            RuleFor(amount).GreaterThanOrEqualTo(0).LessThanOrEqualTo(Money.MaxAmount);
            var hasAmount = amount.Compile();
            RuleFor(currency).NotEmpty().When(x => hasAmount(x) is not null)
                .WithMessage(_ => Text.Get("Validation.CurrencyRequired"));
            RuleFor(currency).MustAsync((c, ct) => ProjectRules.IsKnownCurrencyAsync(db, c, ct))
                .When(x => hasAmount(x) is not null && !string.IsNullOrEmpty(currency.Compile()(x)))
                .WithMessage(_ => Text.Get("Validation.UnknownCurrency"));
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            await ProjectReader.RequireOwnerAsync(db, user, command.ProjectId, track: false, ct);
            var c = await db.ProjectConfidentials.FirstOrDefaultAsync(x => x.Id == command.ProjectId, ct)
                ?? throw new NotFoundException("Project");
            db.Entry(c).Property(x => x.Version).OriginalValue = command.Version;
            c.PreMoneyValuationAmount = command.PreMoneyValuationAmount;
            c.PreMoneyValuationCurrency = command.PreMoneyValuationAmount is null ? null : command.PreMoneyValuationCurrency;
            c.RevenueLast12MonthsAmount = command.RevenueLast12MonthsAmount;
            c.RevenueLast12MonthsCurrency = command.RevenueLast12MonthsAmount is null ? null : command.RevenueLast12MonthsCurrency;
            c.MonthlyBurnAmount = command.MonthlyBurnAmount;
            c.MonthlyBurnCurrency = command.MonthlyBurnAmount is null ? null : command.MonthlyBurnCurrency;
            c.RunwayMonths = command.RunwayMonths;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
