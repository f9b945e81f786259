using System.Text.Json;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Auditing;

/// <summary>One changed property of an audit line; <see cref="HasBefore"/> is false for a new row.</summary>
public sealed record AuditChange(string Property, bool HasBefore, string? Before, string? After);

public sealed record AuditLine(long Id, DateTime At, Guid? UserId, string? UserName, string? UseCase,
    string EntityType, string EntityId, string Action, IReadOnlyList<AuditChange> Changes);

public sealed record AuditLog(PagedList<AuditLine> Lines, IReadOnlyList<string> EntityTypes);

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

/// <summary>Reads the audit log's JSON ({ "Property": { "before": ..., "after": ... } }) into lines a person can read.</summary>
public static class AuditChanges
{
    public static IReadOnlyList<AuditChange> Parse(string json)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
            return [];
        var changes = new List<AuditChange>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var hasBefore = property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("before", out _);
            changes.Add(new AuditChange(property.Name, hasBefore, Value(property.Value, "before"), Value(property.Value, "after")));
        }
        return changes;
    }

    private static string? Value(JsonElement change, string name)
    {
        if (change.ValueKind != JsonValueKind.Object || !change.TryGetProperty(name, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        };
    }
}
