using Marketplace.Application.Matching.Recompute;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Matching;
using Marketplace.Domain.Positions;
using Marketplace.Domain.Projects;
using Marketplace.Domain.Researchers;
using Marketplace.Domain.Startups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>
/// Turns every change to something the matching engine reads (a project or its startup, a fund and
/// its mandate, a researcher profile, a position) into a <see cref="RecomputeRequest"/> written in the
/// same transaction, then pokes the scheduler once the save succeeded. Handlers and the import need
/// not remember to ask: no change can be missed, and a rolled-back change asks for nothing.
/// </summary>
public sealed class RecomputeSignalInterceptor(TimeProvider clock, IRecomputeScheduler scheduler) : SaveChangesInterceptor
{
    /// <summary>Properties whose change does not move any recommendation (counters and bookkeeping).</summary>
    private static readonly HashSet<string> Irrelevant =
        [nameof(Project.ViewCount), nameof(Project.Version), nameof(Project.UpdatedAt)];

    private bool requested;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not null)
            Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null)
            Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Poke();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Poke();
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => requested = false;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        requested = false;
        return Task.CompletedTask;
    }

    private void Poke()
    {
        if (!requested)
            return;
        requested = false;
        scheduler.Poke();
    }

    private void Capture(DbContext context)
    {
        var pending = context.ChangeTracker.Entries<RecomputeRequest>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => (e.Entity.EntityKind, e.Entity.EntityId))
            .ToHashSet();
        // A request a handler added itself (feedback on a recommendation) is poked for too.
        requested |= pending.Count > 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified) || !Matters(entry))
                continue;
            var signal = entry.Entity switch
            {
                Project p => (MatchKinds.Project, p.Id),
                Startup s => (RecomputeKinds.Startup, s.Id),
                Fund f => (MatchKinds.Fund, f.Id),
                ResearcherProfile r => (MatchKinds.Researcher, r.Id),
                Position p => (MatchKinds.Position, p.Id),
                _ => ((string, Guid)?)null,
            };
            if (signal is { } s2 && pending.Add(s2))
            {
                context.Add(new RecomputeRequest { EntityKind = s2.Item1, EntityId = s2.Item2, RequestedAt = now });
                requested = true;
            }
        }
    }

    private static bool Matters(EntityEntry entry) =>
        entry.State == EntityState.Added || entry.Properties.Any(p => p.IsModified && !Irrelevant.Contains(p.Metadata.Name));
}
