using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Projects;
using Mediator;

namespace Marketplace.Application.Projects;

/// <summary>An owner closes a published project, funded or withdrawn; it stays readable as history, and a pending revision is dropped.</summary>
public static class CloseProject
{
    public sealed record Command(Guid ProjectId, string? Reason, int Version) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(x => x.Reason).Must(r => r is not null && ClosedReasons.All.Contains(r)).WithMessage(_ => Text.Get("Validation.ChooseClosedReason"));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, ListingModeration listings) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var project = await ProjectReader.RequireOwnerAsync(db, user, command.ProjectId, track: true, ct);
            await listings.CloseAsync(project, command.Reason!, command.Version, ct);
            return Unit.Value;
        }
    }
}
