using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Mediator;

namespace Marketplace.Application.Projects;

/// <summary>
/// An owner edits a project's public fields. A draft, or one sent back (changes requested or
/// rejected), is edited in place (a rejected one becomes a draft again). A published project keeps
/// its published fields visible: the edit goes to review as a revision, applied on approval.
/// Sending the published values back withdraws a pending revision.
/// </summary>
public static class UpdateProject
{
    public sealed record Command(
        Guid ProjectId, string? TitleEn, string? TitleZh, string? SummaryEn, string? SummaryZh,
        long? SeekingAmount, string? SeekingCurrency, string? Instrument, string? Stage,
        string? UseOfFundsEn, string? UseOfFundsZh, IReadOnlyList<TractionInput>? Traction, int Version) : ICommand<Result>, IProjectFields;

    public sealed record Result(bool SentForReview);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db) => Include(new ProjectFieldsValidator(db));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, ModerationQueue queue, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken ct)
        {
            var project = await ProjectReader.RequireOwnerAsync(db, user, command.ProjectId, track: true, ct);
            db.Entry(project).Property(p => p.Version).OriginalValue = command.Version;
            var proposed = command.ToRevision();
            var review = false;
            switch (project.State)
            {
                case ModerationState.Draft or ModerationState.ChangesRequested:
                    proposed.CopyTo(project);
                    break;
                case ModerationState.Rejected:
                    proposed.CopyTo(project);
                    project.ReturnToDraft();
                    break;
                case ModerationState.Published:
                    var pending = await queue.FindPendingAsync(Project.ContentType, project.Id, ct);
                    if (proposed.SameAs(ProjectRevision.Of(project)))
                    {
                        if (pending is not null)
                            await queue.WithdrawAsync(Project.ContentType, project.Id, user.Id!.Value, ct);
                    }
                    else if (pending is null || !proposed.SameAs(ProjectRevision.Read(pending.Payload)))
                    {
                        await queue.SubmitAsync(Project.ContentType, project.Id, ModerationKind.Revision, ProjectRules.Name(proposed.Title),
                            ProjectRevision.Write(proposed), user.Id!.Value, ct);
                        review = true;
                    }
                    // The published row is not edited, but its version moves on, so a second tab with the old form is told.
                    project.UpdatedAt = clock.GetUtcNow().UtcDateTime;
                    db.Entry(project).Property(p => p.UpdatedAt).IsModified = true;
                    break;
                case ModerationState.Submitted:
                    throw new DomainException("Project.WithdrawToEdit");
                default:
                    throw new DomainException("Project.NotEditable");
            }
            await db.SaveChangesAsync(ct);
            return new Result(review);
        }
    }
}
