using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;

namespace Marketplace.IntegrationTests.Infrastructure;

/// <summary>Project rows written straight to the database, for tests of pages that only show projects (the startup page, the dashboard).</summary>
public static class ProjectRows
{
    public static Task<Guid> InsertAsync(MarketplaceApp app, Guid startupId, string title, ModerationState state, int views = 0) =>
        app.QueryAsync(async db =>
        {
            var project = new Project(startupId, new LocalizedText(title, null), 50_000_000, "CNY", "equity", "series-a")
            {
                State = state,
                ViewCount = views,
                PublishedAt = state == ModerationState.Published ? DateTime.UtcNow : null,
            };
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });
}
