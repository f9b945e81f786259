using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Notifications;
using Marketplace.Application.Projects;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>
/// A fund member moves a deal to another stage; every move is a history row with who and when.
/// Passing needs a structured reason (the founders are told it, in their language); investing needs an
/// amount in a currency with a reference rate, from due diligence or a term sheet (<see cref="DealRules"/>),
/// and books it in the reinvestment ledger. Leaving
/// Invested reverses the booking; leaving Passed clears the reason (the history keeps it).
/// </summary>
public static class MoveDeal
{
    public const int MaxPassNoteLength = 2000;

    public sealed record Command(
        Guid FundId, Guid DealId, string? Stage, string? PassReason, string? PassNote, long? InvestedAmount, string? InvestedCurrency, int Version)
        : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db)
        {
            RuleFor(x => x.Stage).Must(s => DealStages.TryParse(s, out _)).WithMessage(_ => Text.Get("Validation.ChooseDealStage"));
            When(x => To(x) == DealStage.Passed, () =>
            {
                RuleFor(x => x.PassReason).Must(r => r is not null && PassReasons.All.Contains(r))
                    .WithMessage(_ => Text.Get("Validation.ChoosePassReason"));
                RuleFor(x => x.PassNote).MaximumLength(MaxPassNoteLength);
            });
            When(x => To(x) == DealStage.Invested, () =>
            {
                RuleFor(x => x.InvestedAmount).NotNull().GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount);
                RuleFor(x => x.InvestedCurrency).NotEmpty().WithMessage(_ => Text.Get("Validation.CurrencyRequired"));
                RuleFor(x => x.InvestedCurrency)
                    .MustAsync((c, ct) => ProjectRules.IsKnownCurrencyAsync(db, c, ct)).When(x => !string.IsNullOrEmpty(x.InvestedCurrency))
                    .WithMessage(_ => Text.Get("Validation.UnknownCurrency"));
            });
        }

        private static DealStage? To(Command x) => DealStages.TryParse(x.Stage, out var stage) ? stage : null;
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var (deal, me) = await PipelineAccess.RequireDealAsync(db, user, command.FundId, command.DealId, track: true, ct);
            db.Entry(deal).Property(d => d.Version).OriginalValue = command.Version;
            DealStages.TryParse(command.Stage, out var to);
            if (to == deal.Stage)
                throw new DomainException("Deal.SameStage");
            if (to == DealStage.Invested && !DealRules.CanRecordInvestment(deal.Stage))
                throw new DomainException("Deal.InvestTooEarly");

            var now = clock.GetUtcNow().UtcDateTime;
            var from = deal.Stage;
            if (from == DealStage.Invested)
            {
                await ReinvestmentLedger.ReverseAsync(db, deal, now, ct);
                deal.InvestedAmount = null;
                deal.InvestedCurrency = null;
            }
            if (from == DealStage.Passed)
            {
                deal.PassReason = null;
                deal.PassNote = null;
            }
            deal.Stage = to;

            var move = new DealEvent { DealId = deal.Id, Kind = DealEventKinds.Stage, FromStage = from, ToStage = to, ById = me, At = now };
            if (to == DealStage.Passed)
            {
                deal.PassReason = command.PassReason;
                deal.PassNote = Input.Clean(command.PassNote);
                move.Reason = deal.PassReason;
                move.Note = deal.PassNote;
                await TellFoundersAsync(deal, ct);
            }
            if (to == DealStage.Invested)
            {
                var currency = command.InvestedCurrency!.Trim();
                deal.InvestedAmount = command.InvestedAmount!.Value;
                deal.InvestedCurrency = currency;
                move.Amount = deal.InvestedAmount;
                move.Currency = currency;
                await ReinvestmentLedger.RecordAsync(db, deal, deal.InvestedAmount.Value, currency, now, ct);
            }
            db.DealEvents.Add(move);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }

        /// <summary>A founder deserves an answer, not silence: the owners learn the fund passed, and why.</summary>
        private async Task TellFoundersAsync(Deal deal, CancellationToken ct)
        {
            var project = await db.Projects.AsNoTracking().Where(p => p.Id == deal.ProjectId).Select(p => new { p.StartupId, p.Title }).FirstAsync(ct);
            var fundName = await PipelineAccess.FundNameAsync(db, deal.FundId, ct);
            notifier.NotifyAll(await db.StartupOwnerIdsAsync(project.StartupId, ct), "deal-passed", $"/projects/{deal.ProjectId}",
                ProjectRules.Name(fundName), ProjectRules.Name(project.Title),
                NotificationArguments.Localized("PassReason." + deal.PassReason), deal.PassNote ?? "");
        }
    }
}
