using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Files;
using Marketplace.Domain.Projects;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

/// <summary>
/// Someone allowed to see the confidential part downloads the pitch deck. Anyone else is told there
/// is nothing here (404), whether or not a deck exists. A download by anyone but an owner is recorded.
/// </summary>
public static class DownloadPitchDeck
{
    // Open to anyone so that everyone not allowed, signed in or not, gets the same 404.
    [AllowAnonymous]
    public sealed record Command(Guid ProjectId) : ICommand<PitchDeckDownload>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, IFileStore store, TimeProvider clock) : ICommandHandler<Command, PitchDeckDownload>
    {
        public async ValueTask<PitchDeckDownload> Handle(Command command, CancellationToken ct)
        {
            var project = await db.Projects.AsNoTracking().Where(p => p.Id == command.ProjectId)
                .Select(p => new { p.Id, p.State, p.Title }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Project");
            var viewer = await ProjectReader.ViewerAsync(db, user, project.Id, ct);
            var allowed = viewer.IsOwner || viewer.IsAdmin || (viewer.AccessFundId is not null && ProjectReader.IsPublic(project.State));
            if (!allowed)
                throw new NotFoundException("Pitch deck");
            var file = await (
                from c in db.ProjectConfidentials.AsNoTracking()
                where c.Id == project.Id
                join f in db.StoredFiles.AsNoTracking() on c.PitchDeckFileId equals f.Id
                select new { f.StorageKey, f.ContentType, f.OriginalName, f.Length }).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException("Pitch deck");

            if (!viewer.IsOwner)
            {
                db.ConfidentialViews.Add(new ConfidentialView
                {
                    ProjectId = project.Id,
                    UserId = user.Id!.Value,
                    FundId = viewer.AccessFundId,
                    What = ConfidentialViewKinds.Deck,
                    At = clock.GetUtcNow().UtcDateTime,
                });
                await db.SaveChangesAsync(ct);
            }
            var name = string.IsNullOrWhiteSpace(file.OriginalName) ? "pitch-deck.pdf" : file.OriginalName;
            return new PitchDeckDownload(await store.OpenReadAsync(file.StorageKey, ct), file.ContentType, name, file.Length);
        }
    }
}
