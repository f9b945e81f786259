using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>A fund member rates a deal 1–5 on team, market, technology, traction and fit; rating again replaces their own rating.</summary>
public static class RateDeal
{
    public const int Min = 1;
    public const int Max = 5;

    public sealed record Command(Guid FundId, Guid DealId, int? Team, int? Market, int? Technology, int? Traction, int? Fit) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Team).NotNull().InclusiveBetween(Min, Max);
            RuleFor(x => x.Market).NotNull().InclusiveBetween(Min, Max);
            RuleFor(x => x.Technology).NotNull().InclusiveBetween(Min, Max);
            RuleFor(x => x.Traction).NotNull().InclusiveBetween(Min, Max);
            RuleFor(x => x.Fit).NotNull().InclusiveBetween(Min, Max);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var (deal, me) = await PipelineAccess.RequireDealAsync(db, user, command.FundId, command.DealId, track: false, ct);
            var rating = await db.DealRatings.FirstOrDefaultAsync(r => r.DealId == deal.Id && r.UserId == me, ct);
            if (rating is null)
            {
                rating = new DealRating { DealId = deal.Id, UserId = me };
                db.DealRatings.Add(rating);
            }
            rating.Team = command.Team!.Value;
            rating.Market = command.Market!.Value;
            rating.Technology = command.Technology!.Value;
            rating.Traction = command.Traction!.Value;
            rating.Fit = command.Fit!.Value;
            rating.RatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
