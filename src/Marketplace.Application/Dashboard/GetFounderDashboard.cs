using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Matching;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Application.Notifications;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Dashboard;

/// <summary>The founder's home: their startups and each one's projects, and their latest notifications.</summary>
public static class GetFounderDashboard
{
    public const int NotificationCount = 10;
    public const int RecommendationCount = 3;

    [RequiresRole(RoleNames.Founder)]
    public sealed record Query : IQuery<FounderDashboard>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, FounderDashboard>
    {
        public async ValueTask<FounderDashboard> Handle(Query query, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var startups = await (
                from m in db.StartupMembers.AsNoTracking()
                where m.UserId == me
                join s in db.Startups.AsNoTracking() on m.StartupId equals s.Id
                join c in db.Clusters.AsNoTracking() on s.ClusterId equals c.Id
                orderby m.JoinedAt descending
                select new { s.Id, s.Name, ClusterKey = c.Key, ClusterName = c.Name, s.Stage }).ToListAsync(ct);
            var ids = startups.Select(s => s.Id).ToList();
            var projects = await db.Projects.AsNoTracking()
                .Where(p => ids.Contains(p.StartupId))
                .OrderByDescending(p => p.UpdatedAt)
                .Select(p => new
                {
                    p.StartupId,
                    Item = new DashboardProject(p.Id, p.Title, p.State, p.ViewCount,
                        db.ConfidentialAccesses.Count(a => a.ProjectId == p.Id && a.Status == AccessStatus.Requested), p.UpdatedAt),
                })
                .ToListAsync(ct);
            var notifications = await db.NotificationsOfAsync(me, false, 1, NotificationCount, ct);
            var unread = await db.Notifications.CountAsync(n => n.UserId == me && n.ReadAt == null, ct);

            var now = clock.GetUtcNow().UtcDateTime;
            var today = DateOnly.FromDateTime(now);
            var openPositions = await db.Positions.AsNoTracking()
                .Where(p => p.StartupId != null && ids.Contains(p.StartupId.Value) && p.State == ModerationState.Published && (p.Deadline == null || p.Deadline >= today))
                .OrderBy(p => p.CreatedAt).Select(p => new { p.Id, p.Title }).ToListAsync(ct);
            var subjects = projects.Where(p => p.Item.State == ModerationState.Published)
                .Select(p => (MatchSide.Project, p.Item.Id, p.Item.Title.ForCurrentCulture()))
                .Concat(openPositions.Select(p => (MatchSide.Position, p.Id, p.Title.ForCurrentCulture())));
            var recommendations = await DashboardRecommendations.ForAsync(db, user, subjects, RecommendationCount, now, ct);

            // Any project past its draft was submitted once, whatever the review made of it since.
            var draft = projects.Select(p => p.Item).Where(p => p.State == ModerationState.Draft).OrderBy(p => p.UpdatedAt).FirstOrDefault();
            var checklist = new Checklist(
            [
                new ChecklistItem(ChecklistSteps.CreateStartup, startups.Count > 0),
                new ChecklistItem(ChecklistSteps.ListProject, projects.Count > 0, startups.Count > 0 ? startups[0].Id : null),
                new ChecklistItem(ChecklistSteps.SubmitProject, projects.Any(p => p.Item.State != ModerationState.Draft), draft?.Id),
            ]);
            var pendingIntros = await db.IntroRequests.CountAsync(
                r => r.Status == ConsentStatus.Pending && db.Projects.Any(p => p.Id == r.ProjectId && ids.Contains(p.StartupId)), ct);

            return new FounderDashboard(
                startups.Select(s => new DashboardStartup(s.Id, s.Name, new NamedCode(s.ClusterKey, s.ClusterName), s.Stage,
                    projects.Where(p => p.StartupId == s.Id).Select(p => p.Item).ToList())).ToList(),
                notifications.Items, unread, recommendations, checklist, pendingIntros);
        }
    }
}
