using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Notifications;
using Marketplace.Application.Projects;
using Marketplace.Application.Startups;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Applications;

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
