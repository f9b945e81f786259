using FluentValidation;
using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

/// <summary>An owner edits the startup's profile; a save made by someone else since the form was loaded is detected.</summary>
public static class UpdateStartup
{
    public sealed record Command(
        Guid Id, string? NameEn, string? NameZh, string? DescriptionEn, string? DescriptionZh, string ClusterKey,
        IReadOnlyList<string> Sectors, string Stage, string? FoundedYear, string? TeamSize, string? Website,
        IReadOnlyList<string> RelocationClusterKeys, int Version) : ICommand, IStartupFields;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db, TimeProvider clock) => Include(new StartupFieldsValidator(db, clock));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var startup = await db.Startups.FirstOrDefaultAsync(s => s.Id == command.Id, ct) ?? throw new NotFoundException("Startup");
            if (!await db.IsStartupOwnerAsync(startup.Id, user.Id, ct))
                throw new ForbiddenException();
            db.Entry(startup).Property(s => s.Version).OriginalValue = command.Version;
            await command.CopyToAsync(startup, db, ct);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
