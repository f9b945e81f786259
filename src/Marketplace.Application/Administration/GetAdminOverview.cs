using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Administration;

/// <summary>The administrator's home: what waits for them (moderation, failed jobs) and who came or was stopped lately.</summary>
public static class GetAdminOverview
{
    public const int ListCount = 5;

    [RequiresRole(RoleNames.Admin)]
    public sealed record Query : IQuery<AdminOverview>;

    public sealed class Handler(IAppDbContext db, IJobMonitor jobs, TimeProvider clock, IEnumerable<IModerationApplier> appliers)
        : IQueryHandler<Query, AdminOverview>
    {
        public async ValueTask<AdminOverview> Handle(Query query, CancellationToken ct)
        {
            var pending = db.ModerationRequests.AsNoTracking().Where(r => r.Decision == ModerationDecision.Pending);
            var byType = await pending.GroupBy(r => r.ContentType).Select(g => new QueueCount(g.Key, g.Count())).ToListAsync(ct);
            var oldest = await GetModerationQueue.OldestFirst(db, pending).FirstOrDefaultAsync(ct);
            if (oldest is not null && appliers.FirstOrDefault(a => a.ContentType == oldest.ContentType) is { } applier
                && (await applier.NamesAsync([oldest.ContentId], ct)).TryGetValue(oldest.ContentId, out var name))
                oldest = oldest with { Name = name };

            var weekAgo = clock.GetUtcNow().UtcDateTime.AddDays(-7);
            var profiles = db.UserProfiles.AsNoTracking();
            var recent = await profiles.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id).Take(ListCount)
                .Select(p => new AdminAccount(p.Id, p.DisplayName, p.Role, p.CreatedAt, p.UpdatedAt)).ToListAsync(ct);
            var suspended = profiles.Where(p => p.Status == AccountStatus.Suspended);
            var suspendedList = await suspended.OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Id).Take(ListCount)
                .Select(p => new AdminAccount(p.Id, p.DisplayName, p.Role, p.CreatedAt, p.UpdatedAt)).ToListAsync(ct);
            var (failed, latestFailed) = jobs.Failed(ListCount);

            return new AdminOverview(
                byType.Sum(c => c.Count), byType.OrderByDescending(c => c.Count).ThenBy(c => c.ContentType, StringComparer.Ordinal).ToList(), oldest,
                await profiles.CountAsync(p => p.CreatedAt >= weekAgo, ct), recent,
                await suspended.CountAsync(ct), suspendedList,
                failed, latestFailed);
        }
    }
}
