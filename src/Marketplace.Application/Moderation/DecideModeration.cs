using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Moderation;

public static class DecideModeration
{
    public enum Verdict
    {
        Approve,
        Reject,
        RequestChanges,
    }

    [RequiresRole(RoleNames.Admin)]
    public sealed record Command(Guid RequestId, Verdict? Verdict, string? Reason, int Version) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            // No default verdict: a form that says nothing must not approve anything.
            RuleFor(x => x.Verdict).NotNull().IsInEnum();
            RuleFor(x => x.Reason).NotEmpty().When(x => x.Verdict is Verdict.Reject or Verdict.RequestChanges)
                .WithMessage(_ => Text.Get("Validation.ReasonRequired"));
            RuleFor(x => x.Reason).MaximumLength(2000);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, IEnumerable<IModerationApplier> appliers)
        : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var request = await db.ModerationRequests.FirstOrDefaultAsync(r => r.Id == command.RequestId, ct)
                ?? throw new NotFoundException("Moderation request");
            db.Entry(request).Property(r => r.Version).OriginalValue = command.Version;
            if (!request.IsPending)
                throw new ConcurrencyConflictException();

            var applier = appliers.FirstOrDefault(a => a.ContentType == request.ContentType)
                ?? throw new InvalidOperationException($"No moderation applier for '{request.ContentType}'.");
            var decision = command.Verdict switch
            {
                Verdict.Approve => ModerationDecision.Approved,
                Verdict.Reject => ModerationDecision.Rejected,
                Verdict.RequestChanges => ModerationDecision.ChangesRequested,
                _ => throw new ArgumentOutOfRangeException(nameof(command), "No verdict."),
            };
            request.Decide(decision, Input.Clean(command.Reason), user.Id, clock.GetUtcNow().UtcDateTime);
            if (decision == ModerationDecision.Approved)
                await applier.ApplyAsync(request, ct);
            else
                await applier.RefuseAsync(request, ct);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
