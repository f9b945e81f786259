using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Marketplace.Domain.Startups;
using Mediator;

namespace Marketplace.Application.Startups;

/// <summary>A founder lists a startup; they become its first owner.</summary>
public static class CreateStartup
{
    [RequiresRole(RoleNames.Founder)]
    public sealed record Command(
        string? NameEn, string? NameZh, string? DescriptionEn, string? DescriptionZh, string ClusterKey,
        IReadOnlyList<string> Sectors, string Stage, string? FoundedYear, string? TeamSize, string? Website,
        IReadOnlyList<string> RelocationClusterKeys) : ICommand<Guid>, IStartupFields;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db, TimeProvider clock) => Include(new StartupFieldsValidator(db, clock));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken ct)
        {
            var founder = user.Id ?? throw new NotAuthenticatedException();
            var startup = new Startup(LocalizedText.Empty, Guid.Empty, command.Stage);
            await command.CopyToAsync(startup, db, ct);
            db.Startups.Add(startup);
            db.StartupMembers.Add(new StartupMember { StartupId = startup.Id, UserId = founder, JoinedAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
            return startup.Id;
        }
    }
}
