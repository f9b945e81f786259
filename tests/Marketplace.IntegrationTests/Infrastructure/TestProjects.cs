using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Marketplace.Domain.Startups;

namespace Marketplace.IntegrationTests.Infrastructure;

/// <summary>Startups and projects written straight to the database, for tests of what others see of them.</summary>
public static class TestProjects
{
    public static string Marker() => "mk" + Guid.NewGuid().ToString("N")[..10];

    public static async Task<Guid> StartupAsync(MarketplaceApp app, Guid clusterId, string nameEn, string[]? sectors = null, string? nameZh = null)
    {
        var startup = new Startup(new LocalizedText(nameEn, nameZh), clusterId, "seed") { Sectors = [.. sectors ?? ["healthcare"]] };
        await app.QueryAsync(async db =>
        {
            db.Startups.Add(startup);
            return await db.SaveChangesAsync();
        });
        return startup.Id;
    }

    public static async Task<Guid> ProjectAsync(
        MarketplaceApp app, Guid startupId, string titleEn, long amount = 1_000_000, string currency = "USD",
        string stage = "seed", string instrument = "equity", ModerationState state = ModerationState.Published,
        DateTime? publishedAt = null, string? titleZh = null, string? summaryEn = null, string? summaryZh = null)
    {
        var project = new Project(startupId, new LocalizedText(titleEn, titleZh), amount, currency, instrument, stage)
        {
            Summary = new LocalizedText(summaryEn, summaryZh),
            State = state,
            PublishedAt = state is ModerationState.Published or ModerationState.Closed ? publishedAt ?? DateTime.UtcNow : null,
            ClosedAt = state == ModerationState.Closed ? DateTime.UtcNow : null,
            ClosedReason = state == ModerationState.Closed ? ClosedReasons.Funded : null,
        };
        await app.QueryAsync(async db =>
        {
            db.Projects.Add(project);
            return await db.SaveChangesAsync();
        });
        return project.Id;
    }
}
