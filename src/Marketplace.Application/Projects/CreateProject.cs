using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Projects;
using Mediator;

namespace Marketplace.Application.Projects;

/// <summary>An owner of a startup starts a fundraising project: a draft only its owners see, with an empty confidential part.</summary>
public static class CreateProject
{
    public sealed record Command(
        Guid StartupId, string? TitleEn, string? TitleZh, string? SummaryEn, string? SummaryZh,
        long? SeekingAmount, string? SeekingCurrency, string? Instrument, string? Stage,
        string? UseOfFundsEn, string? UseOfFundsZh, IReadOnlyList<TractionInput>? Traction) : ICommand<Guid>, IProjectFields;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db) => Include(new ProjectFieldsValidator(db));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken ct)
        {
            if (!await db.IsStartupOwnerAsync(command.StartupId, user.Id, ct))
                throw new NotFoundException("Startup");
            var fields = command.ToRevision();
            var project = new Project(command.StartupId, fields.Title, fields.SeekingAmount, fields.SeekingCurrency, fields.Instrument, fields.Stage);
            fields.CopyTo(project);
            db.Projects.Add(project);
            db.ProjectConfidentials.Add(new ProjectConfidential(project.Id));
            await db.SaveChangesAsync(ct);
            return project.Id;
        }
    }
}
