using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Application.Common;
using Marketplace.Domain.Auditing;
using Marketplace.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>
/// On every save: bumps the version of edited aggregates (optimistic concurrency), stamps
/// times, refuses hard deletes of user content and edits of the audit log, and appends an
/// audit line with before/after values for every audited change, and one line for a command
/// that is an <see cref="IAuditedAction"/>. Handlers never write audit lines by hand, so none
/// can forget to.
/// </summary>
public sealed class AuditingInterceptor(ICurrentUser user, IUseCaseContext useCase, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Unaudited = [nameof(AuditedEntity.Version), nameof(AuditedEntity.UpdatedAt)];

    // Enums as their names, so the log reads "ApplicationScenario", not 1.
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not null)
            Prepare(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null)
            Prepare(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Prepare(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var lines = new List<AuditEntry>();

        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("The audit log is append-only.");

            if (entry.Entity is AuditedEntity audited)
            {
                switch (entry.State)
                {
                    case EntityState.Added:
                        if (audited.CreatedAt == default)
                            audited.CreatedAt = now;
                        audited.UpdatedAt = now;
                        break;
                    case EntityState.Modified:
                        audited.UpdatedAt = now;
                        var version = entry.Property(nameof(AuditedEntity.Version));
                        version.CurrentValue = (int)version.OriginalValue! + 1;
                        break;
                    case EntityState.Deleted:
                        throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} is user content and is never hard-deleted.");
                }
            }

            if (entry.Entity is IAudited && entry.State is EntityState.Added or EntityState.Modified)
            {
                var changes = Describe(entry);
                if (changes.Count > 0 || entry.State == EntityState.Added)
                {
                    lines.Add(new AuditEntry
                    {
                        At = now,
                        UserId = user.IsAuthenticated ? user.Id : null,
                        UseCase = useCase.Current ?? (user.IsSystem ? "system" : null),
                        EntityType = entry.Metadata.ClrType.Name,
                        EntityId = ((IAudited)entry.Entity).Id.ToString(),
                        Action = entry.State.ToString(),
                        Changes = JsonSerializer.Serialize(changes, Json),
                    });
                }
            }
        }

        if (useCase.PendingAction is { } action)
        {
            lines.Add(new AuditEntry
            {
                At = now,
                UserId = user.IsAuthenticated ? user.Id : null,
                UseCase = useCase.Current,
                EntityType = action.AuditEntityType,
                EntityId = action.AuditEntityId,
                Action = AuditActions.Requested,
                Changes = action.AuditChanges is { } set
                    ? JsonSerializer.Serialize(set.ToDictionary(c => c.Key, c => (object)new { after = c.Value }), Json)
                    : "{}",
            });
            useCase.PendingAction = null;
        }

        if (lines.Count > 0)
            context.Set<AuditEntry>().AddRange(lines);
    }

    private static Dictionary<string, object?> Describe(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        var added = entry.State == EntityState.Added;

        void Add(string name, object? before, object? after, bool modified)
        {
            if (Unaudited.Contains(name) || (!added && !modified) || (!added && Equals(before, after)))
                return;
            changes[name] = added ? new { after } : new { before, after };
        }

        foreach (var p in entry.Properties)
            Add(p.Metadata.Name, p.OriginalValue, p.CurrentValue, p.IsModified);
        foreach (var complex in entry.ComplexProperties)
            foreach (var p in complex.Properties)
                Add(complex.Metadata.Name + "." + p.Metadata.Name, p.OriginalValue, p.CurrentValue, p.IsModified);
        return changes;
    }
}
