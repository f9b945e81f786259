using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Auditing;

public static class GetAuditLog
{
    public const int PageSize = 50;

    [RequiresRole(RoleNames.Admin)]
    public sealed record Query(string? EntityType = null, string? EntityId = null, int? Page = null) : IQuery<AuditLog>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, AuditLog>
    {
        public async ValueTask<AuditLog> Handle(Query query, CancellationToken ct)
        {
            var entries = db.AuditEntries.AsNoTracking();
            var entityType = Input.Clean(query.EntityType);
            var entityId = Input.Clean(query.EntityId);
            if (entityType is not null)
                entries = entries.Where(e => e.EntityType == entityType);
            if (entityId is not null)
                entries = entries.Where(e => e.EntityId == entityId);

            // Newest first; the id follows insertion order even when two lines share a timestamp.
            var page = await (
                from e in entries
                join p in db.UserProfiles.AsNoTracking() on e.UserId equals p.Id into users
                from p in users.DefaultIfEmpty()
                orderby e.Id descending
                select new { e.Id, e.At, e.UserId, UserName = p == null ? null : p.DisplayName, e.UseCase, e.EntityType, e.EntityId, e.Action, e.Changes })
                .ToPagedListAsync(query.Page, PageSize, ct);

            var lines = page.Items
                .Select(e => new AuditLine(e.Id, e.At, e.UserId, e.UserName, e.UseCase, e.EntityType, e.EntityId, e.Action, AuditChanges.Parse(e.Changes)))
                .ToList();
            var types = await db.AuditEntries.AsNoTracking().Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
            return new AuditLog(new PagedList<AuditLine>(lines, page.Page, page.PageSize, page.Total), types);
        }
    }
}
