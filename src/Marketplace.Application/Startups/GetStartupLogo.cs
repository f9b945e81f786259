using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Files;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

/// <summary>Logos are public: anyone who may see the startup's page may see its logo.</summary>
public static class GetStartupLogo
{
    [AllowAnonymous]
    public sealed record Query(Guid StartupId) : IQuery<StartupLogo>;

    public sealed class Handler(IAppDbContext db, IFileStore store) : IQueryHandler<Query, StartupLogo>
    {
        public async ValueTask<StartupLogo> Handle(Query query, CancellationToken ct)
        {
            var file = await (
                from s in db.Startups.AsNoTracking()
                where s.Id == query.StartupId
                join f in db.StoredFiles.AsNoTracking() on s.LogoFileId equals (Guid?)f.Id
                select new { f.ContentType, f.StorageKey, f.Sha256 }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Logo");
            return new StartupLogo(file.ContentType, await store.OpenReadAsync(file.StorageKey, ct), file.Sha256);
        }
    }
}
