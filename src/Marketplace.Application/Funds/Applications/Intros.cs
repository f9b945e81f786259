using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Conversations;
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

/// <summary>
/// The founders' answer to an intro request: accepting puts the deal in the fund's pipeline and opens the
/// conversation between the startup and the fund (or goes on in the one they already have), starting with the request's message.
/// </summary>
public static class DecideIntro
{
    public sealed record Command(Guid IntroId, bool Accept, int Version) : ICommand<Guid?>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command, Guid?>
    {
        public async ValueTask<Guid?> Handle(Command command, CancellationToken ct)
        {
            var intro = await db.IntroRequests.FirstOrDefaultAsync(r => r.Id == command.IntroId, ct) ?? throw new NotFoundException("Intro");
            if (!await db.IsProjectOwnerAsync(intro.ProjectId, user.Id, ct))
                throw new NotFoundException("Intro");
            db.Entry(intro).Property(r => r.Version).OriginalValue = command.Version;
            Consent.RequirePending(intro.Status);

            var now = clock.GetUtcNow().UtcDateTime;
            var (startupId, title) = await Consent.ProjectAsync(db, intro.ProjectId, ct);
            intro.DecidedById = user.Id;
            intro.DecidedAt = now;
            string? link = "/funds/" + intro.FundId + "/inbox";
            if (command.Accept)
            {
                var conversation = await OpenConversation.BetweenAsync(db, ConsentOrigins.Intro, intro.Id, startupId, intro.FundId, title, now, ct);
                await OpenConversation.CarryAsync(db, conversation, intro.RequestedById, intro.Message, intro.CreatedAt, user.Id!.Value, ct);
                intro.Status = ConsentStatus.Accepted;
                intro.ConversationId = conversation.Id;
                await PipelineEntry.AddUnlessPresentAsync(db, intro.FundId, intro.ProjectId, DealSources.Intro, intro.RequestedById, now, ct);
                link = $"/conversations/{conversation.Id}";
            }
            else
            {
                intro.Status = ConsentStatus.Declined;
            }

            var startupName = await db.Startups.AsNoTracking().Where(s => s.Id == startupId).Select(s => s.Name).FirstAsync(ct);
            notifier.NotifyAll(await db.FundMemberIdsAsync(intro.FundId, ct), command.Accept ? "intro-accepted" : "intro-declined", link,
                ProjectRules.Name(startupName), ProjectRules.Name(title));
            await db.SaveChangesAsync(ct);
            return intro.ConversationId;
        }
    }
}

/// <summary>
/// A member of the fund takes back the fund's pending intro request (a change of mind, a deal found
/// elsewhere): the founders no longer see it to answer, and learn it was withdrawn. The fund may ask
/// again later; an answered request stays as it was.
/// </summary>
public static class WithdrawIntro
{
    public sealed record Command(Guid IntroId, int Version) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var intro = await db.IntroRequests.FirstOrDefaultAsync(r => r.Id == command.IntroId, ct) ?? throw new NotFoundException("Intro");
            // Anyone outside the fund's team learns nothing, not even that the request exists.
            if (!await db.IsFundMemberAsync(intro.FundId, me, ct))
                throw new NotFoundException("Intro");
            db.Entry(intro).Property(r => r.Version).OriginalValue = command.Version;
            Consent.RequirePending(intro.Status);
            intro.Status = ConsentStatus.Withdrawn;
            intro.DecidedById = me;
            intro.DecidedAt = clock.GetUtcNow().UtcDateTime;
            var (startupId, title) = await Consent.ProjectAsync(db, intro.ProjectId, ct);
            var fundName = await PipelineAccess.FundNameAsync(db, intro.FundId, ct);
            notifier.NotifyAll(await db.StartupOwnerIdsAsync(startupId, ct), "intro-withdrawn", "/applications",
                ProjectRules.Name(fundName), ProjectRules.Name(title));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
