using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Files;
using Marketplace.Domain.Files;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

/// <summary>
/// An owner sets the startup's logo: PNG, JPEG or WebP as its first bytes say (never its name or
/// the type the browser claims), at most 1 MB. The previous logo's file is kept (nothing is deleted).
/// </summary>
public static class UploadLogo
{
    public const long MaxBytes = 1024 * 1024;

    public sealed record Command(Guid StartupId, UploadedFile? Logo) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Logo).Cascade(CascadeMode.Stop)
                .Must(f => f is { Length: > 0 }).WithMessage(_ => Text.Get("Validation.LogoRequired"))
                .Must(f => f!.Length <= MaxBytes).WithMessage(_ => Text.Format("Validation.LogoTooLarge", MaxBytes / 1024))
                .MustAsync(async (f, ct) => FileSniffer.ImageType(await FileSniffer.HeadAsync(f!.Content, ct)) is not null)
                .WithMessage(_ => Text.Get("Validation.LogoType"));
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, FileUploads uploads) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var startup = await db.Startups.FirstOrDefaultAsync(s => s.Id == command.StartupId, ct) ?? throw new NotFoundException("Startup");
            if (!await db.IsStartupOwnerAsync(startup.Id, user.Id, ct))
                throw new ForbiddenException();
            var logo = command.Logo!;
            var type = FileSniffer.ImageType(await FileSniffer.HeadAsync(logo.Content, ct))!;
            var file = await uploads.SaveAsync(logo, FilePurposes.Logo, type, user.Id!.Value, ct);
            startup.LogoFileId = file.Id;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
