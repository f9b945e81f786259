using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Files;
using Marketplace.Domain.Files;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

/// <summary>
/// An owner uploads the pitch deck: a PDF, known by its content (not its name or claimed type),
/// within the size limit, kept in the file store outside wwwroot. A new deck replaces the old one
/// on the project; the old file stays stored (nothing is lost).
/// </summary>
public static class UploadPitchDeck
{
    public sealed record Command(Guid ProjectId, UploadedFile? Deck) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PitchDeckLimits limits) =>
            RuleFor(x => x.Deck).CustomAsync(async (deck, context, ct) =>
            {
                var problem = deck is not { Length: > 0 } ? Text.Get("Validation.ChooseFile")
                    : deck.Length > limits.MaxBytes ? Text.Format("Validation.FileTooLarge", limits.MaxBytes / (1024.0 * 1024.0))
                    : !deck.Content.CanSeek || !FileSniffer.IsPdf(await FileSniffer.HeadAsync(deck.Content, ct)) ? Text.Get("Validation.NotPdf")
                    : null;
                if (problem is not null)
                    context.AddFailure(nameof(Command.Deck), problem);
            });
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, FileUploads uploads) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            await ProjectReader.RequireOwnerAsync(db, user, command.ProjectId, track: false, ct);
            var confidential = await db.ProjectConfidentials.FirstOrDefaultAsync(x => x.Id == command.ProjectId, ct)
                ?? throw new NotFoundException("Project");
            var file = await uploads.SaveAsync(command.Deck!, FilePurposes.PitchDeck, "application/pdf", user.Id!.Value, ct);
            confidential.PitchDeckFileId = file.Id;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
