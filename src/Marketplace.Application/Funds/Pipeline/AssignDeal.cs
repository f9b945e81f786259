using Marketplace.Application.Common;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>A fund member gives a deal to a member of the fund's team, or to nobody; the history records it.</summary>
public static class AssignDeal
{
    public sealed record Command(Guid FundId, Guid DealId, Guid? AssigneeId, int Version) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var (deal, me) = await PipelineAccess.RequireDealAsync(db, user, command.FundId, command.DealId, track: true, ct);
            db.Entry(deal).Property(d => d.Version).OriginalValue = command.Version;
            if (command.AssigneeId is { } assignee && !await db.FundMembers.AnyAsync(m => m.FundId == command.FundId && m.UserId == assignee, ct))
                throw InputValidationException.For(nameof(Command.AssigneeId), Text.Get("Validation.AssigneeNotMember"));
            if (deal.AssigneeId == command.AssigneeId)
                return Unit.Value;

            deal.AssigneeId = command.AssigneeId;
            db.DealEvents.Add(new DealEvent
            {
                DealId = deal.Id,
                Kind = DealEventKinds.Assigned,
                AssigneeId = command.AssigneeId,
                ById = me,
                At = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
