using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Notifications;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

/// <summary>
/// A manager of a fund asks, for that fund, to see a published project's confidential part. One
/// record per fund and project: asking again after a decline or a revocation reopens it. The
/// project's owners are notified.
/// </summary>
public static class RequestConfidentialAccess
{
    [RequiresRole(RoleNames.FundManager)]
    public sealed record Command(Guid ProjectId, Guid? FundId, string? Message) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.FundId).NotNull().WithMessage(_ => Text.Get("Validation.ChooseFund"));
            RuleFor(x => x.Message).MaximumLength(2000);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var (project, viewer) = await ProjectReader.FindVisibleAsync(db, user, command.ProjectId, ct);
            if (project.State != ModerationState.Published)
                throw new DomainException("Access.ProjectNotPublished");
            var fundId = command.FundId!.Value;
            var me = user.Id!.Value;
            if (viewer.IsOwner || !await db.FundMembers.AnyAsync(m => m.FundId == fundId && m.UserId == me, ct))
                throw new ForbiddenException();

            var now = clock.GetUtcNow().UtcDateTime;
            var access = await db.ConfidentialAccesses.FirstOrDefaultAsync(a => a.ProjectId == project.Id && a.FundId == fundId, ct);
            if (access is null)
            {
                access = new ConfidentialAccess { ProjectId = project.Id, FundId = fundId };
                db.ConfidentialAccesses.Add(access);
            }
            else if (access.Status is AccessStatus.Requested or AccessStatus.Granted)
                throw new DomainException(access.Status == AccessStatus.Granted ? "Access.AlreadyGranted" : "Access.AlreadyRequested");

            access.Status = AccessStatus.Requested;
            access.Message = Input.Clean(command.Message);
            access.RequestedById = me;
            access.RequestedAt = now;
            access.DecidedById = null;
            access.DecidedAt = null;

            var fundName = await db.Funds.AsNoTracking().Where(f => f.Id == fundId).Select(f => f.Name).FirstAsync(ct);
            notifier.NotifyAll(await db.StartupOwnerIdsAsync(project.StartupId, ct), "confidential-access-requested",
                $"/projects/{project.Id}/access", ProjectRules.Name(fundName), ProjectRules.Name(project.Title));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
