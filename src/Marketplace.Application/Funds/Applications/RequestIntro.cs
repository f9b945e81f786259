using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Funds.Pipeline;
using Marketplace.Application.Notifications;
using Marketplace.Application.Projects;
using Marketplace.Application.Startups;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Applications;

/// <summary>A fund member asks to be introduced to a published project's founders, for one of their funds.</summary>
public static class RequestIntro
{
    public sealed record Command(Guid ProjectId, Guid? FundId, string? Message) : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.FundId).NotNull().WithMessage(_ => Text.Get("Validation.ChooseFund"));
            RuleFor(x => x.Message).Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage(_ => Text.Get("Validation.MessageRequired"))
                .MaximumLength(Consent.MessageMaxLength);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, Notifier notifier) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == command.ProjectId, ct);
            if (project is null || !ProjectReader.IsPublic(project.State))
                throw new NotFoundException("Project");
            var fundId = command.FundId!.Value;
            if (!await db.IsFundMemberAsync(fundId, me, ct))
                throw InputValidationException.For(nameof(Command.FundId), Text.Get("Validation.ChooseFund"));
            if (project.State != ModerationState.Published)
                throw InputValidationException.For(nameof(Command.FundId), Text.Get("Application.ProjectNotPublished"));
            if (await db.IntroRequests.AnyAsync(r => r.FundId == fundId && r.ProjectId == project.Id
                    && (r.Status == ConsentStatus.Pending || r.Status == ConsentStatus.Accepted), ct))
                throw InputValidationException.For(nameof(Command.FundId), Text.Get("Intro.Duplicate"));

            var intro = new IntroRequest { FundId = fundId, ProjectId = project.Id, RequestedById = me, Message = command.Message!.Trim() };
            db.IntroRequests.Add(intro);
            var fundName = await PipelineAccess.FundNameAsync(db, fundId, ct);
            notifier.NotifyAll(await db.StartupOwnerIdsAsync(project.StartupId, ct), "intro-requested", "/applications",
                ProjectRules.Name(fundName), ProjectRules.Name(project.Title));
            await db.SaveChangesAsync(ct);
            return intro.Id;
        }
    }
}
