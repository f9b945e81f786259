using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Auditing;

public sealed record AuditLine(long Id, DateTime At, Guid? UserId, string? UserName, string? UseCase,
    string EntityType, string EntityId, string Action, string Changes);

public static class GetAuditLog
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Query(string? EntityType = null, string? EntityId = null, int? Page = null) : IQuery<PagedList<AuditLine>>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, PagedList<AuditLine>>
    {
        public async ValueTask<PagedList<AuditLine>> Handle(Query query, CancellationToken ct)
        {
            var entries = db.AuditEntries.AsNoTracking();
            if (!string.IsNullOrEmpty(query.EntityType))
                entries = entries.Where(e => e.EntityType == query.EntityType);
            if (!string.IsNullOrEmpty(query.EntityId))
                entries = entries.Where(e => e.EntityId == query.EntityId);
            return await (
                from e in entries
                join p in db.UserProfiles.AsNoTracking() on e.UserId equals p.Id into users
                from p in users.DefaultIfEmpty()
                orderby e.Id descending
                select new AuditLine(e.Id, e.At, e.UserId, p == null ? null : p.DisplayName, e.UseCase, e.EntityType, e.EntityId, e.Action, e.Changes))
                .ToPagedListAsync(query.Page, 50, ct);
        }
    }
}
