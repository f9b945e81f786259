using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Positions;
using Mediator;

namespace Marketplace.Application.Positions;

/// <summary>
/// A founder (for one of their startups) or a fund manager (for one of their funds) starts a
/// position: a draft only the poster's team sees until an administrator approves it.
/// </summary>
public static class CreatePosition
{
    public sealed record Command(
        Guid? StartupId, Guid? FundId, string? TitleEn, string? TitleZh, string? DescriptionEn, string? DescriptionZh, string? Type,
        IReadOnlyList<string>? ResearchAreas, string? Skills, string? MinDegree, int? MinYearsExperience, string? ClusterKey, bool Remote,
        long? CompensationMin, long? CompensationMax, string? CompensationCurrency, bool VisaSupport, bool RelocationSupport,
        DateOnly? Deadline) : ICommand<Guid>, IPositionFields;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db, TimeProvider clock)
        {
            RuleFor(x => x.StartupId).Must((x, _) => (x.StartupId is null) != (x.FundId is null))
                .WithMessage(_ => Text.Get("Validation.ChoosePoster"));
            Include(new PositionFieldsValidator(db, clock));
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken ct)
        {
            if (!await db.IsPosterAsync(command.StartupId, command.FundId, user.Id, ct))
                throw new ForbiddenException();
            var fields = await command.ToRevisionAsync(db, ct);
            var position = new Position(command.StartupId, command.FundId, fields.Title, fields.Type) { CreatedById = user.Id!.Value };
            fields.CopyTo(position);
            db.Positions.Add(position);
            await Skills.RememberAsync(db, fields.Skills.ToList(), clock.GetUtcNow().UtcDateTime, ct);
            await db.SaveChangesAsync(ct);
            return position.Id;
        }
    }
}
