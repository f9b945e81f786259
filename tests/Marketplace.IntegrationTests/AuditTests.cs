using System.Net;
using System.Text.Json;
using Hangfire;
using Marketplace.Infrastructure.Jobs;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests;

/// <summary>The audit log: written by the interceptor for every audited change, readable at /admin/audit, never editable.</summary>
public abstract class AuditTests(MarketplaceApp app)
{
    [Fact]
    public async Task Editing_a_cluster_writes_who_which_use_case_and_before_after_of_the_changed_fields()
    {
        var (key, id) = await TestClusters.CreateAsync(app);
        var admin = await Users.AdminAsync(app);

        var saved = await admin.Client.SubmitAsync($"/admin/clusters/{key}/edit", new Dictionary<string, string>
        {
            ["Region"] = "Chengdu",
            ["DescriptionEn"] = "Now with a better description.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal($"/clusters/{key}", Redirects.PathOf(saved.Location));

        var entry = await app.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.EntityType == "Cluster" && e.EntityId == id.ToString() && e.UseCase == "UpdateCluster"));
        Assert.Equal(admin.Id, entry.UserId);
        Assert.Equal("Modified", entry.Action);
        Assert.True(DateTime.UtcNow - entry.At < TimeSpan.FromMinutes(5));
        using var changes = JsonDocument.Parse(entry.Changes);
        var changed = changes.RootElement.EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(["Description.En", "Region"], changed);
        Assert.Equal("Sichuan", changes.RootElement.GetProperty("Region").GetProperty("before").GetString());
        Assert.Equal("Chengdu", changes.RootElement.GetProperty("Region").GetProperty("after").GetString());
        Assert.Equal("A cluster made by a test.", changes.RootElement.GetProperty("Description.En").GetProperty("before").GetString());
        Assert.Equal("Now with a better description.", changes.RootElement.GetProperty("Description.En").GetProperty("after").GetString());

        // The audit page shows it, filtered to this cluster, with who and before/after.
        var page = await admin.Client.GetAsync($"/admin/audit?entityType=Cluster&entityId={id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var row = page.Document.QuerySelector($"tr[data-audit='{entry.Id}']");
        Assert.NotNull(row);
        Assert.Equal("UpdateCluster", row.QuerySelector("[data-testid=use-case]")!.TextContent.Trim());
        Assert.Equal("Test administrator", row.QuerySelector("[data-testid=who]")!.TextContent.Trim());
        Assert.Equal("Sichuan", row.QuerySelector("tr[data-property=Region] [data-testid=before]")!.TextContent.Trim());
        Assert.Equal("Chengdu", row.QuerySelector("tr[data-property=Region] [data-testid=after]")!.TextContent.Trim());
        // Only this cluster's lines, newest first: the edit above the creation.
        var rows = page.Document.QuerySelectorAll("tr[data-audit]").ToList();
        Assert.All(rows, r => Assert.Equal(id.ToString(), r.GetAttribute("data-entity-id")));
        Assert.Equal(["Changed", "Added"], rows.Select(r => r.QuerySelector("[data-testid=action]")!.TextContent.Trim()).ToList());
    }

    [Fact]
    public async Task The_audit_log_cannot_be_modified_or_deleted_through_the_context()
    {
        var (_, id) = await TestClusters.CreateAsync(app);
        var entryId = await app.QueryAsync(db => db.AuditEntries.Where(e => e.EntityId == id.ToString()).Select(e => e.Id).SingleAsync());

        await app.QueryAsync(async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Id == entryId);
            entry.Changes = "{}";
            entry.UserId = Guid.NewGuid();
            var e = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", e.Message);
            return 0;
        });
        await app.QueryAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(e => e.Id == entryId));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            return 0;
        });

        var kept = await app.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == entryId));
        Assert.Null(kept.UserId);
        Assert.Equal("CreateCluster", kept.UseCase);
        Assert.Contains("A cluster made by a test.", kept.Changes);
    }

    [Fact]
    public async Task Refresh_now_queues_the_real_job_through_hangfire_and_is_audited()
    {
        var admin = await Users.AdminAsync(app);
        var storage = app.Services.GetRequiredService<JobStorage>();
        var enqueuedBefore = storage.GetMonitoringApi().EnqueuedCount("default");

        var clusters = await admin.Client.GetAsync("/admin/clusters");
        var posted = await admin.Client.SubmitAsync(clusters, new Dictionary<string, string>(), "main form[data-testid=refresh-statistics]");
        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.Equal("/admin/clusters", Redirects.PathOf(posted.Location));

        Assert.Equal(enqueuedBefore + 1, storage.GetMonitoringApi().EnqueuedCount("default"));
        var jobs = storage.GetMonitoringApi().EnqueuedJobs("default", 0, (int)enqueuedBefore + 1);
        Assert.Contains(jobs, j => j.Value.Job?.Type == typeof(RefreshClusterStatisticsJob) && j.Value.Job.Method.Name == nameof(RefreshClusterStatisticsJob.RunAsync));

        var line = await app.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.UserId == admin.Id));
        Assert.Equal(("Job", "cluster-statistics", "Requested", "RequestClusterStatisticsRefresh"), (line.EntityType, line.EntityId, line.Action, line.UseCase));
        var flash = await admin.Client.GetAsync("/admin/clusters");
        Assert.Equal("The cluster counts will be refreshed in a moment.", flash.Text("[data-testid=flash]"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditTestsOnSqlite(SqliteApp app) : AuditTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditTestsOnPostgreSql(PostgresApp app) : AuditTests(app);
