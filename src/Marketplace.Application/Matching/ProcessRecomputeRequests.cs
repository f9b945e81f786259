using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Matching.Recompute;
using Marketplace.Application.Matching.Store;
using Marketplace.Domain.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Matching;

/// <summary>
/// The incremental recompute: takes the pending change requests (coalesced per entity), recomputes
/// the lists of the changed entities and of the entities whose lists held them or now should, and
/// writes them into the current generation — each list replaced whole, all in one transaction.
/// Running it again with nothing pending does nothing.
/// </summary>
public static class ProcessRecomputeRequests
{
    public const int BatchSize = 500;

    [SystemOnly]
    public sealed record Command : ICommand<int>;

    public sealed class Handler(IAppDbContext db, IMarketReader reader, IncrementalRecompute recompute, TimeProvider clock) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken ct)
        {
            var requests = await db.RecomputeRequests.Where(r => r.DoneAt == null).OrderBy(r => r.Id).Take(BatchSize).ToListAsync(ct);
            if (requests.Count == 0)
                return 0;
            var now = clock.GetUtcNow().UtcDateTime;
            var changed = requests.GroupBy(r => r.EntityKind).ToDictionary(g => g.Key, g => g.Select(r => r.EntityId).ToHashSet());
            HashSet<Guid> Of(string kind) => changed.GetValueOrDefault(kind) ?? [];

            // A startup's change moves its projects and its positions.
            var startups = Of(RecomputeKinds.Startup);
            var projects = Of(MatchKinds.Project);
            var positions = Of(MatchKinds.Position);
            if (startups.Count > 0)
            {
                projects.UnionWith(await reader.ProjectsOfStartupsAsync(startups, ct));
                positions.UnionWith(await reader.PositionsOfStartupsAsync(startups, ct));
            }

            var funds = Of(MatchKinds.Fund);
            if (funds.Count > 0 || projects.Count > 0)
                await recompute.FundsAndProjectsAsync(funds, projects, now, ct);
            var researchers = Of(MatchKinds.Researcher);
            if (researchers.Count > 0 || positions.Count > 0)
                await recompute.ResearchersAndPositionsAsync(researchers, positions, now, ct);

            foreach (var request in requests)
                request.DoneAt = now;
            // Later requests for the same entities are answered by this run too.
            var keys = requests.Select(r => r.EntityId).ToHashSet();
            var maxId = requests[^1].Id;
            foreach (var duplicate in await db.RecomputeRequests.Where(r => r.DoneAt == null && r.Id > maxId && keys.Contains(r.EntityId)).ToListAsync(ct))
                duplicate.DoneAt = now;
            await db.SaveChangesAsync(ct);
            return requests.Count;
        }
    }
}
