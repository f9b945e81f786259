using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>
/// A fund member puts a published project into the fund's pipeline, at Sourced. One deal per fund and
/// project: when the project is there already, the existing deal is returned and nothing is added.
/// </summary>
public static class AddToPipeline
{
    /// <param name="FromRecommendation">Added from the fund's recommendations (the deal's source says so), not by browsing.</param>
    public sealed record Command(Guid ProjectId, Guid? FundId, bool FromRecommendation = false) : ICommand<Result>;

    /// <param name="Added">False when the project was in the pipeline already (<see cref="DealId"/> is that deal).</param>
    public sealed record Result(Guid DealId, Guid FundId, bool Added);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.FundId).NotNull().WithMessage(_ => Text.Get("Validation.ChooseFund"));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken ct)
        {
            var fundId = command.FundId!.Value;
            var me = await PipelineAccess.RequireMemberAsync(db, user, fundId, ct);
            var state = await db.Projects.AsNoTracking().Where(p => p.Id == command.ProjectId).Select(p => (ModerationState?)p.State).FirstOrDefaultAsync(ct);
            if (state is null || state is not (ModerationState.Published or ModerationState.Closed))
                throw new NotFoundException("Project");
            var existing = await db.Deals.AsNoTracking().Where(d => d.FundId == fundId && d.ProjectId == command.ProjectId)
                .Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
            if (existing is { } id)
                return new Result(id, fundId, Added: false);
            if (state != ModerationState.Published)
                throw new DomainException("Deal.ProjectNotPublished");

            var deal = PipelineEntry.Add(db, fundId, command.ProjectId,
                command.FromRecommendation ? DealSources.Recommendation : DealSources.Browse, me, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return new Result(deal.Id, fundId, Added: true);
        }
    }
}
