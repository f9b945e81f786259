using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Conversations;
using Marketplace.Application.Funds.Pipeline;
using Marketplace.Application.Notifications;
using Marketplace.Application.Projects;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Applications;

public static class ConsentOrigins
{
    public const string Application = "application";
    public const string Intro = "intro";
}

/// <summary>What applications and intros share: the mandate check, the project's names, the decision's checks.</summary>
internal static class Consent
{
    public const int MessageMaxLength = 4000;
    public const int NoteMaxLength = 2000;

    public static Task<FitResult> FitAsync(IAppDbContext db, Fund fund, Project project, CancellationToken ct) =>
        MandateFitReader.EvaluateAsync(db, fund, project, ct);

    public static bool IsOpen(ConsentStatus status) => status is ConsentStatus.Pending or ConsentStatus.Accepted;

    public static void RequirePending(ConsentStatus status)
    {
        if (status != ConsentStatus.Pending)
            throw new DomainException("Consent.AlreadyDecided");
    }

    public static async Task<(Guid StartupId, LocalizedText Title)> ProjectAsync(IAppDbContext db, Guid projectId, CancellationToken ct)
    {
        var p = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => new { p.StartupId, p.Title }).FirstAsync(ct);
        return (p.StartupId, p.Title);
    }
}

/// <summary>
/// A founder applies to a fund with a published project and a message. Refused when the fund is closed to
/// new deals, when its weekly inbox is full (saying when it reopens), when the project breaks a mandate rule
/// (naming each), and when the same project already has a pending or accepted application there.
/// </summary>
public static class ApplyToFund
{
    public sealed record Command(Guid FundId, Guid? ProjectId, string? Message) : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.ProjectId).NotNull().WithMessage(_ => Text.Get("Validation.ChooseProject"));
            RuleFor(x => x.Message).Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage(_ => Text.Get("Validation.MessageRequired"))
                .MaximumLength(Consent.MessageMaxLength);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken ct)
        {
            var fund = await db.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == command.FundId, ct) ?? throw new NotFoundException("Fund");
            var project = await ProjectReader.RequireOwnerAsync(db, user, command.ProjectId!.Value, track: false, ct);
            if (project.State != ModerationState.Published)
                throw InputValidationException.For(nameof(Command.ProjectId), Text.Get("Application.ProjectNotPublished"));
            if (!fund.OpenToNewDeals)
                throw InputValidationException.For(nameof(Command.FundId), Text.Get("Application.FundClosed"));
            if (await db.FundApplications.AnyAsync(a => a.FundId == fund.Id && a.ProjectId == project.Id
                    && (a.Status == ConsentStatus.Pending || a.Status == ConsentStatus.Accepted), ct))
                throw InputValidationException.For(nameof(Command.ProjectId), Text.Get("Application.Duplicate"));

            var now = clock.GetUtcNow().UtcDateTime;
            if (fund.WeeklyCapacity is { } capacity)
            {
                var since = now.AddDays(-7);
                var recent = await db.FundApplications.AsNoTracking().Where(a => a.FundId == fund.Id && a.CreatedAt > since)
                    .OrderBy(a => a.CreatedAt).Select(a => a.CreatedAt).ToListAsync(ct);
                if (recent.Count >= capacity)
                {
                    // The inbox has room again once enough of the last week's applications are a week old.
                    var reopens = recent[recent.Count - capacity].AddDays(7);
                    throw InputValidationException.For(nameof(Command.FundId),
                        Text.Format("Application.CapacityFull", Dates.Date(reopens)));
                }
            }

            var fit = await Consent.FitAsync(db, fund, project, ct);
            if (!fit.Fits)
            {
                var names = await FitVocabulary.LoadAsync(db, ct);
                throw new InputValidationException(fit.Failures.Select(f => new FieldError(nameof(Command.ProjectId), f.Text(names))).ToList());
            }

            var application = new FundApplication
            {
                FundId = fund.Id,
                ProjectId = project.Id,
                ApplicantId = user.Id!.Value,
                Message = command.Message!.Trim(),
            };
            db.FundApplications.Add(application);
            notifier.NotifyAll(await db.FundMemberIdsAsync(fund.Id, ct), "fund-application-received", $"/funds/{fund.Id}/inbox",
                ProjectRules.Name(project.Title), ProjectRules.Name(fund.Name));
            await db.SaveChangesAsync(ct);
            return application.Id;
        }
    }
}

/// <summary>
/// A fund member accepts an application: the deal enters the pipeline, and the conversation between the startup
/// and the fund opens (or the one they already have goes on), with the application's message in it.
/// </summary>
public static class AcceptApplication
{
    public sealed record Command(Guid FundId, Guid ApplicationId, int Version) : ICommand<Guid>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken ct)
        {
            var me = await PipelineAccess.RequireMemberAsync(db, user, command.FundId, ct);
            var application = await db.FundApplications.FirstOrDefaultAsync(a => a.Id == command.ApplicationId && a.FundId == command.FundId, ct)
                ?? throw new NotFoundException("Application");
            db.Entry(application).Property(a => a.Version).OriginalValue = command.Version;
            Consent.RequirePending(application.Status);

            var now = clock.GetUtcNow().UtcDateTime;
            var (startupId, title) = await Consent.ProjectAsync(db, application.ProjectId, ct);
            var conversation = await OpenConversation.BetweenAsync(db, ConsentOrigins.Application, application.Id, startupId, command.FundId, title, now, ct);
            await OpenConversation.CarryAsync(db, conversation, application.ApplicantId, application.Message, application.CreatedAt, me, ct);
            application.Status = ConsentStatus.Accepted;
            application.DecidedById = me;
            application.DecidedAt = now;
            application.ConversationId = conversation.Id;
            await PipelineEntry.AddUnlessPresentAsync(db, command.FundId, application.ProjectId, DealSources.Application, me, now, ct);

            var fundName = await PipelineAccess.FundNameAsync(db, command.FundId, ct);
            notifier.NotifyAll(await db.StartupOwnerIdsAsync(startupId, ct), "fund-application-accepted", $"/conversations/{conversation.Id}",
                ProjectRules.Name(fundName), ProjectRules.Name(title));
            await db.SaveChangesAsync(ct);
            return conversation.Id;
        }
    }
}

/// <summary>A fund member declines an application, with an optional note the founders receive.</summary>
public static class DeclineApplication
{
    public sealed record Command(Guid FundId, Guid ApplicationId, string? DeclineNote, int Version) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.DeclineNote).MaximumLength(Consent.NoteMaxLength);
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var me = await PipelineAccess.RequireMemberAsync(db, user, command.FundId, ct);
            var application = await db.FundApplications.FirstOrDefaultAsync(a => a.Id == command.ApplicationId && a.FundId == command.FundId, ct)
                ?? throw new NotFoundException("Application");
            db.Entry(application).Property(a => a.Version).OriginalValue = command.Version;
            Consent.RequirePending(application.Status);

            application.Status = ConsentStatus.Declined;
            application.DecidedById = me;
            application.DecidedAt = clock.GetUtcNow().UtcDateTime;
            application.DeclineNote = Input.Clean(command.DeclineNote);
            var (startupId, title) = await Consent.ProjectAsync(db, application.ProjectId, ct);
            var fundName = await PipelineAccess.FundNameAsync(db, command.FundId, ct);
            notifier.NotifyAll(await db.StartupOwnerIdsAsync(startupId, ct), "fund-application-declined", "/applications",
                ProjectRules.Name(fundName), ProjectRules.Name(title), application.DeclineNote ?? "");
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}

/// <summary>A founder withdraws a pending application of their project.</summary>
public static class WithdrawApplication
{
    public sealed record Command(Guid ApplicationId, int Version) : ICommand;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var application = await db.FundApplications.FirstOrDefaultAsync(a => a.Id == command.ApplicationId, ct) ?? throw new NotFoundException("Application");
            if (!await db.IsProjectOwnerAsync(application.ProjectId, user.Id, ct))
                throw new NotFoundException("Application");
            db.Entry(application).Property(a => a.Version).OriginalValue = command.Version;
            Consent.RequirePending(application.Status);
            application.Status = ConsentStatus.Withdrawn;
            application.DecidedById = user.Id;
            application.DecidedAt = clock.GetUtcNow().UtcDateTime;
            // The fund's team had it in their inbox: they learn it is gone.
            var projectTitle = await db.Projects.AsNoTracking().Where(p => p.Id == application.ProjectId).Select(p => p.Title).FirstAsync(ct);
            var fundName = await db.Funds.AsNoTracking().Where(f => f.Id == application.FundId).Select(f => f.Name).FirstAsync(ct);
            notifier.NotifyAll(await db.FundMemberIdsAsync(application.FundId, ct), "fund-application-withdrawn", $"/funds/{application.FundId}/inbox",
                ProjectRules.Name(projectTitle), ProjectRules.Name(fundName));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
