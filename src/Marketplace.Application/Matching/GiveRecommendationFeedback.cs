using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Domain.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Matching;

/// <summary>
/// Whoever speaks for a subject saves, unsaves or dismisses (with a reason) one of its recommendations.
/// The feedback table is append-only and is itself the history; the subject's list is then recomputed
/// (a dismissed item never comes back, similar ones move).
/// </summary>
public static class GiveRecommendationFeedback
{
    public sealed record Command(string SubjectKind, Guid SubjectId, Guid TargetId, string Action, string? Reason) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Action).Must(a => FeedbackActions.All.Contains(a)).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Reason).NotEmpty().When(x => x.Action == FeedbackActions.Dismissed)
                .WithMessage(_ => Text.Get("Validation.DismissReason"));
            RuleFor(x => x.Reason).Must((x, r) => DismissReasons.For(x.SubjectKind).Contains(r!))
                .When(x => x.Action == FeedbackActions.Dismissed && !string.IsNullOrEmpty(x.Reason))
                .WithMessage(_ => Text.Get("Validation.UnknownCode"));
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            await RecommendationAccess.RequireAsync(db, user, command.SubjectKind, command.SubjectId, ct);
            MatchSides.TryParse(command.SubjectKind, out var side);
            // Feedback is about something this subject was recommended (in any generation: a saved item stays savable).
            if (!await db.Recommendations.AnyAsync(r => r.SubjectKind == command.SubjectKind && r.SubjectId == command.SubjectId && r.TargetId == command.TargetId, ct))
                throw new NotFoundException("Recommendation");
            var now = clock.GetUtcNow().UtcDateTime;
            db.RecommendationFeedback.Add(new RecommendationFeedback
            {
                UserId = user.Id!.Value,
                SubjectKind = command.SubjectKind,
                SubjectId = command.SubjectId,
                TargetKind = side.Other().Kind(),
                TargetId = command.TargetId,
                Action = command.Action,
                Reason = command.Action == FeedbackActions.Dismissed ? command.Reason : null,
                At = now,
            });
            db.RecomputeRequests.Add(new RecomputeRequest { EntityKind = command.SubjectKind, EntityId = command.SubjectId, RequestedAt = now });
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
