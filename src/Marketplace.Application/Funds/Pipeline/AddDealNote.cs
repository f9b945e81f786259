using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Funds;
using Mediator;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>A fund member writes a note on a deal. Notes are the team's: nobody outside the fund ever reads them.</summary>
public static class AddDealNote
{
    public const int MaxLength = 8000;

    public sealed record Command(Guid FundId, Guid DealId, string? Note) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Note).NotEmpty().MaximumLength(MaxLength);
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var (deal, me) = await PipelineAccess.RequireDealAsync(db, user, command.FundId, command.DealId, track: false, ct);
            db.DealNotes.Add(new DealNote { DealId = deal.Id, AuthorId = me, Text = Input.Clean(command.Note)!, CreatedAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
